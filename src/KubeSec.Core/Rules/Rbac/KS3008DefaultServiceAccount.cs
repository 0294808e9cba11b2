using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3008DefaultServiceAccount : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS3008", "DefaultServiceAccount", "Workload runs as the default service account", Severity.Low, RuleCategory.Rbac)
    {
        Description = "A pod spec with no serviceAccountName (nor the deprecated serviceAccount), or one naming 'default', runs as the namespace's default ServiceAccount. Every such workload then shares one identity: permissions granted to it for one workload reach all of them, and RBAC and audit logs cannot tell them apart.",
        Fix = "Create a ServiceAccount per workload and set spec.serviceAccountName to it.",
        CisItem = "CIS Kubernetes 5.1.5",
        Equivalents = new[] { "kube-linter:default-service-account" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        var use = ServiceAccountUse.Of(pod);
        if (!use.IsDefault)
        {
            return;
        }

        var region = use.Node?.Region ?? pod.Spec.AnchorRegion;
        var path = pod.Path + "." + (use.Field.Length > 0 ? use.Field : "serviceAccountName");
        var how = use.Node is null ? "sets no serviceAccountName, so it runs as" : "names";
        sink.Report(Rule, region, path,
            pod.Owner.Describe() + " " + how + " the namespace's 'default' ServiceAccount, an identity shared by every workload that does the same: create a ServiceAccount for it and set serviceAccountName.",
            pod.Owner.Reference);
    }
}
