using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2006CpuLimitMissing : MissingResourceRule
{
    public static readonly RuleDescriptor Rule = new("KS2006", "CpuLimitMissing", "Container has no CPU limit", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Without a CPU limit a container may use every idle CPU of its node, so a busy loop, a crypto miner or a traffic spike slows every other pod there. Many teams deliberately run without CPU limits to avoid throttling, which is why the rule is opt-in.",
        Fix = "Set resources.limits.cpu (or a LimitRange default for the namespace).",
        Equivalents = new[] { "kube-linter:unset-cpu-requirements", "polaris:cpuLimitsMissing", "kube-score:container-resources", "trivy:KSV-0011", "checkov:CKV_K8S_11", "kubeaudit:limits" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Section => "limits";

    protected override string Resource => "cpu";

    protected override string Consequence => "a runaway or compromised process can take all the spare CPU of its node: set resources.limits.cpu.";
}
