using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6024ApiServerNodeRestrictionDisabled : ControlPlaneFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6024", "ApiServerNodeRestrictionDisabled", "API server does not enable the NodeRestriction admission plugin", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "NodeRestriction is not among the admission plugins kube-apiserver enables by default: unless --enable-admission-plugins lists it (and --disable-admission-plugins does not), a kubelet may modify other nodes' Node objects and pods bound to other nodes, and set labels that steer workloads to it.",
        Fix = "Add NodeRestriction to --enable-admission-plugins (and use the Node authorizer).",
        CisItem = "CIS Kubernetes 1.2.16",
        Equivalents = new[] { "trivy:KCV-0016", "checkov:CKV_K8S_85" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        var disabled = flags.Get("disable-admission-plugins");
        if (disabled is not null && disabled.Contains("NodeRestriction"))
        {
            flags.Report(sink, Rule, disabled.Region, disabled.Path,
                flags.Describe + " sets " + Written(disabled) + ", so kubelets can modify other nodes and their pods: remove NodeRestriction from --disable-admission-plugins.");
            return;
        }

        var enabled = flags.Get("enable-admission-plugins");
        if (enabled is null)
        {
            flags.Report(sink, Rule, flags.MissingRegion, flags.PathOf("enable-admission-plugins"),
                flags.Describe + " does not set --enable-admission-plugins, and NodeRestriction is off by default, so kubelets can modify other nodes and their pods: add --enable-admission-plugins=NodeRestriction.");
        }
        else if (!enabled.Contains("NodeRestriction"))
        {
            flags.Report(sink, Rule, enabled.Region, enabled.Path,
                flags.Describe + " sets " + Written(enabled) + " without NodeRestriction, so kubelets can modify other nodes and their pods: add NodeRestriction to the list.");
        }
    }
}
