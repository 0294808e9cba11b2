using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6025ApiServerAlwaysAdmit : ControlPlaneFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6025", "ApiServerAlwaysAdmit", "API server enables the AlwaysAdmit admission plugin", Severity.High, RuleCategory.NodeConfiguration)
    {
        Description = "The deprecated AlwaysAdmit admission plugin admits every request; listed in --enable-admission-plugins (or the older --admission-control) it defeats the purpose of admission control.",
        Fix = "Remove AlwaysAdmit from --enable-admission-plugins.",
        CisItem = "CIS Kubernetes 1.2.11",
        Equivalents = new[] { "trivy:KCV-0011", "checkov:CKV_K8S_79" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        foreach (var name in new[] { "enable-admission-plugins", "admission-control" })
        {
            if (flags.Get(name) is { } setting && setting.Contains("AlwaysAdmit"))
            {
                flags.Report(sink, Rule, setting.Region, setting.Path,
                    flags.Describe + " sets " + Written(setting) + ", which admits every request: remove AlwaysAdmit from --" + name + ".");
            }
        }
    }
}
