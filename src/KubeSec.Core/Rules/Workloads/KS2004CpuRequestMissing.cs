using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2004CpuRequestMissing : MissingResourceRule
{
    public static readonly RuleDescriptor Rule = new("KS2004", "CpuRequestMissing", "Container has no CPU request", Severity.Low, RuleCategory.Reliability)
    {
        Description = "The scheduler places pods by their requests. A container without a CPU request is counted as needing none, so nodes are overcommitted and the container gets only a minimal CPU share under contention. The request must be written: a limit alone becomes the request only when no LimitRange default applies first.",
        Fix = "Set resources.requests.cpu to the CPU the container usually needs.",
        Equivalents = new[] { "kube-linter:unset-cpu-requirements", "polaris:cpuRequestsMissing", "kube-score:container-resources", "trivy:KSV-0015", "checkov:CKV_K8S_10" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Section => "requests";

    protected override string Resource => "cpu";

    protected override string Consequence => "the scheduler counts it as needing no CPU and can pack it onto a busy node where it starves: set resources.requests.cpu to its usual need.";
}
