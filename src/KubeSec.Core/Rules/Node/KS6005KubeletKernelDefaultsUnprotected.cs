using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6005KubeletKernelDefaultsUnprotected : KubeletRequiredTrueRule
{
    public static readonly RuleDescriptor Rule = new("KS6005", "KubeletKernelDefaultsUnprotected", "Kubelet may change kernel settings it expects", Severity.Low, RuleCategory.NodeConfiguration)
    {
        Description = "Unless protectKernelDefaults is true, the kubelet silently changes kernel sysctls (vm.overcommit_memory, kernel.panic, ...) to the values it wants instead of failing when the node is tuned differently. It defaults to false. Opt-in: turning it on requires the node's sysctls to be set first.",
        Fix = "Set the kubelet's expected sysctls on the node, then set protectKernelDefaults: true.",
        CisItem = "CIS Kubernetes 4.2.6",
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Field => "protectKernelDefaults";

    protected override string Consequence => "so the kubelet overrides the node's kernel tuning";
}
