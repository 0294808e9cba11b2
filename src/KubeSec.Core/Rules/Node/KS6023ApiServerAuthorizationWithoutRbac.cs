using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6023ApiServerAuthorizationWithoutRbac : ControlPlaneFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6023", "ApiServerAuthorizationWithoutRbac", "API server does not use RBAC authorization", Severity.High, RuleCategory.NodeConfiguration)
    {
        Description = "Without RBAC in --authorization-mode, kube-apiserver ignores Roles and RoleBindings: access is decided by the other authorizers alone (often AlwaysAllow or none). The flag defaults to AlwaysAllow. Structured authorization (--authorization-config) is not judged.",
        Fix = "Pass --authorization-mode=Node,RBAC to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.9",
        Equivalents = new[] { "trivy:KCV-0009", "checkov:CKV_K8S_77" },
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
                flags.Describe + " does not set --authorization-mode, which defaults to AlwaysAllow without RBAC, so Roles and RoleBindings have no effect: add --authorization-mode=Node,RBAC.");
        }
        else if (!FlagLists.ContainsIgnoringCase(mode, "RBAC"))
        {
            flags.Report(sink, Rule, mode.Region, mode.Path,
                flags.Describe + " sets " + Written(mode) + " without RBAC, so Roles and RoleBindings have no effect: add RBAC to --authorization-mode.");
        }
    }
}
