using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6006KubeletIptablesUtilChainsDisabled : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6006", "KubeletIptablesUtilChainsDisabled", "Kubelet does not manage its iptables chains", Severity.Low, RuleCategory.NodeConfiguration)
    {
        Description = "With makeIPTablesUtilChains: false the kubelet stops creating its iptables utility chains, so the node's firewall rules drift from what pod networking expects. It defaults to true, so only an explicit false fires.",
        Fix = "Remove makeIPTablesUtilChains or set it to true.",
        CisItem = "CIS Kubernetes 4.2.7",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        if (config.Field("makeIPTablesUtilChains") is { } field && field.AsBoolean() == false)
        {
            config.Report(sink, Rule, field.Region, "makeIPTablesUtilChains",
                config.Describe() + " sets makeIPTablesUtilChains: false, so the kubelet no longer keeps its iptables chains in line with pod networking: set it to true.");
        }
    }
}
