using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2007MemoryLimitMissing : MissingResourceRule
{
    public static readonly RuleDescriptor Rule = new("KS2007", "MemoryLimitMissing", "Container has no memory limit", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Without a memory limit a container may allocate until its node runs out of memory; the kernel OOM killer and the kubelet's eviction then pick victims among the other pods on that node too.",
        Fix = "Set resources.limits.memory (or a LimitRange default for the namespace).",
        Equivalents = new[] { "kube-linter:unset-memory-requirements", "polaris:memoryLimitsMissing", "kube-score:container-resources", "trivy:KSV-0018", "checkov:CKV_K8S_13", "kubeaudit:limits" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Section => "limits";

    protected override string Resource => "memory";

    protected override string Consequence => "a leak or a memory-hungry request can exhaust its node and get other pods OOM-killed or evicted: set resources.limits.memory.";
}
