using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2005MemoryRequestMissing : MissingResourceRule
{
    public static readonly RuleDescriptor Rule = new("KS2005", "MemoryRequestMissing", "Container has no memory request", Severity.Low, RuleCategory.Reliability)
    {
        Description = "The scheduler places pods by their requests. A container without a memory request is counted as needing none, so nodes are overcommitted, and when a node runs short of memory pods using more than they requested are evicted first. The request must be written: a limit alone becomes the request only when no LimitRange default applies first.",
        Fix = "Set resources.requests.memory to the memory the container usually needs.",
        Equivalents = new[] { "kube-linter:unset-memory-requirements", "polaris:memoryRequestsMissing", "kube-score:container-resources", "trivy:KSV-0016", "checkov:CKV_K8S_12" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Section => "requests";

    protected override string Resource => "memory";

    protected override string Consequence => "the scheduler counts it as needing no memory and it is among the first evicted under memory pressure: set resources.requests.memory to its usual need.";
}
