using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6022ApiServerAuthorizationWithoutNode : ControlPlaneFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6022", "ApiServerAuthorizationWithoutNode", "API server does not use the Node authorizer", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without Node in --authorization-mode, kubelet credentials are not restricted to the secrets, pods and volumes of their own node (the NodeRestriction admission plugin needs it too), so one compromised node can read every secret it can reach through RBAC. The flag defaults to AlwaysAllow. Structured authorization (--authorization-config) is not judged.",
        Fix = "Pass --authorization-mode=Node,RBAC to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.8",
        Equivalents = new[] { "trivy:KCV-0008", "checkov:CKV_K8S_75" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        if (FlagLists.UsesAuthorizationConfig(flags))
        {
            return;
        }

        var mode = flags.Get("authorization-mode");
        if (mode is null)
        {
            flags.Report(sink, Rule, flags.MissingRegion, flags.PathOf("authorization-mode"),
                flags.Describe + " does not set --authorization-mode, which defaults to AlwaysAllow without Node, so kubelets are not limited to the objects of their own node: add --authorization-mode=Node,RBAC.");
        }
        else if (!FlagLists.ContainsIgnoringCase(mode, "Node"))
        {
            flags.Report(sink, Rule, mode.Region, mode.Path,
                flags.Describe + " sets " + Written(mode) + " without Node, so kubelets are not limited to the objects of their own node: add Node to --authorization-mode.");
        }
    }
}
