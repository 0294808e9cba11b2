using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6021ApiServerAuthorizationAlwaysAllow : ControlPlaneFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6021", "ApiServerAuthorizationAlwaysAllow", "API server authorizes every request", Severity.Critical, RuleCategory.NodeConfiguration)
    {
        Description = "With AlwaysAllow in --authorization-mode (its default when the flag is missing), kube-apiserver allows every authenticated request, so RBAC is not enforced. Structured authorization (--authorization-config) is not judged.",
        Fix = "Pass --authorization-mode=Node,RBAC to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.7",
        Equivalents = new[] { "trivy:KCV-0007", "checkov:CKV_K8S_74" },
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
                flags.Describe + " does not set --authorization-mode, which defaults to AlwaysAllow, so every authenticated request is allowed: add --authorization-mode=Node,RBAC.");
        }
        else if (FlagLists.ContainsIgnoringCase(mode, "AlwaysAllow"))
        {
            flags.Report(sink, Rule, mode.Region, mode.Path,
                flags.Describe + " sets " + Written(mode) + ", so every authenticated request is allowed: set --authorization-mode=Node,RBAC.");
        }
    }
}
