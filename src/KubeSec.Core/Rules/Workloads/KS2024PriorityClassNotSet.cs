using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2024PriorityClassNotSet : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS2024", "PriorityClassNotSet", "Pod has no priority class", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A pod spec without priorityClassName gets the cluster's global default priority (usually 0), so under resource pressure the scheduler may preempt it for any pod with a class, and it cannot preempt batch work itself. Explicit classes make the eviction order a decision rather than an accident.",
        Fix = "Set spec.priorityClassName to a PriorityClass that reflects how important the workload is.",
        Equivalents = new[] { "polaris:priorityClassNotSet" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        if (pod.Spec["priorityClassName"] is { } name && name.AsString() is { Length: > 0 })
        {
            return;
        }

        sink.Report(Rule, pod.Spec.AnchorRegion, pod.Path + ".priorityClassName",
            pod.Owner.Describe() + " sets no priorityClassName, so it runs at the default priority and may be preempted first: set one.",
            pod.Owner.Reference);
    }
}
