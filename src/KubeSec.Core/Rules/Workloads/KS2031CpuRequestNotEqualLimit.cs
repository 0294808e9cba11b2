using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2031CpuRequestNotEqualLimit : RequestLimitRule
{
    public static readonly RuleDescriptor Rule = new("KS2031", "CpuRequestNotEqualLimit", "Container CPU request differs from its limit", Severity.Info, RuleCategory.Reliability)
    {
        Description = "A container whose CPU request and limit differ (or that sets only one) keeps its pod out of the Guaranteed QoS class, so it is throttled or squeezed by neighbours and evicted before Guaranteed pods under node pressure. Only checked when the container sets a CPU request or limit; quantities are compared by value (1 equals 1000m).",
        Fix = "Set resources.requests.cpu equal to resources.limits.cpu.",
        Equivalents = new[] { "kube-score:container-cpu-requests-equal-limits", "kube-score:container-resource-requests-equal-limits" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Resource => "cpu";
}
