using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2033EphemeralStorageRequestNotEqualLimit : RequestLimitRule
{
    public static readonly RuleDescriptor Rule = new("KS2033", "EphemeralStorageRequestNotEqualLimit", "Container ephemeral-storage request differs from its limit", Severity.Info, RuleCategory.Reliability)
    {
        Description = "A container whose ephemeral-storage request and limit differ can fill node disk beyond what the scheduler reserved for it, and the kubelet evicts pods that exceed their request first when the node runs short of disk. Only checked when the container sets an ephemeral-storage request or limit.",
        Fix = "Set resources.requests.ephemeral-storage equal to resources.limits.ephemeral-storage.",
        Equivalents = new[] { "kube-score:container-ephemeral-storage-request-equals-limit" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Resource => "ephemeral-storage";
}
