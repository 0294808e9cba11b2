using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2003ReadinessProbeMissing : MissingProbeRule
{
    public static readonly RuleDescriptor Rule = new("KS2003", "ReadinessProbeMissing", "Container has no readiness probe", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Without a readiness probe a pod is sent traffic as soon as its containers start, before the application can serve, and keeps receiving it while overloaded or unable to reach its dependencies; rolling updates also proceed without waiting for the new pods to work. Checked for the containers (not init or ephemeral containers) of long-running workloads; Jobs and CronJobs are skipped.",
        Fix = "Add a readinessProbe that succeeds only when the container can serve requests.",
        Equivalents = new[] { "kube-linter:no-readiness-probe", "polaris:readinessProbeMissing", "checkov:CKV_K8S_9" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string ProbeField => "readinessProbe";

    protected override string Consequence => "it receives traffic before it can serve and rollouts do not wait for it: add a readinessProbe that succeeds only when it can serve requests.";
}
