using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2002LivenessProbeMissing : MissingProbeRule
{
    public static readonly RuleDescriptor Rule = new("KS2002", "LivenessProbeMissing", "Container has no liveness probe", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Without a liveness probe the kubelet restarts a container only when its process exits, so a deadlocked or hung process keeps its pod in service forever. Checked for the containers (not init or ephemeral containers) of long-running workloads; Jobs and CronJobs are skipped.",
        Fix = "Add a livenessProbe (httpGet, tcpSocket, grpc or exec) that fails when the process can no longer make progress.",
        Equivalents = new[] { "kube-linter:no-liveness-probe", "polaris:livenessProbeMissing", "checkov:CKV_K8S_8" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string ProbeField => "livenessProbe";

    protected override string Consequence => "a hung process is never restarted: add a livenessProbe that checks the process can still make progress.";
}
