using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1035SccAllowsPrivileged : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS1035", "SccAllowsPrivileged", "OpenShift SecurityContextConstraints allow privileged containers", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "An OpenShift SecurityContextConstraints object (security.openshift.io) with allowPrivilegedContainer: true lets every user, group and service account it is granted to run privileged containers, which have every capability and all host devices: a process that escapes one owns the node. The admission policy is where privilege is stopped for a whole set of workloads, so a permissive SCC undoes the checks on each pod.",
        Fix = "Set allowPrivilegedContainer to false and grant the few capabilities the workload needs through allowedCapabilities.",
        Equivalents = new[] { "kube-linter:scc-deny-privileged-container" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "SecurityContextConstraints" || obj.Group != "security.openshift.io"
            || obj.Root["allowPrivilegedContainer"] is not { } node || node.AsBoolean() != true)
        {
            return;
        }

        sink.ReportOn(Rule, obj, node.Region, "allowPrivilegedContainer",
            obj.Describe() + " sets allowPrivilegedContainer: true, so every pod it admits may run privileged and take over its node: set it to false and use allowedCapabilities for what is needed.");
    }
}
