using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2032MemoryRequestNotEqualLimit : RequestLimitRule
{
    public static readonly RuleDescriptor Rule = new("KS2032", "MemoryRequestNotEqualLimit", "Container memory request differs from its limit", Severity.Info, RuleCategory.Reliability)
    {
        Description = "A container whose memory request and limit differ (or that sets only one) can grow past what the scheduler reserved for it, so under node pressure it is among the first evicted or OOM-killed, and its pod is not in the Guaranteed QoS class. Only checked when the container sets a memory request or limit; quantities are compared by value (1Gi equals 1024Mi).",
        Fix = "Set resources.requests.memory equal to resources.limits.memory.",
        Equivalents = new[] { "kube-score:container-memory-requests-equal-limits", "kube-score:container-resource-requests-equal-limits" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Resource => "memory";
}
