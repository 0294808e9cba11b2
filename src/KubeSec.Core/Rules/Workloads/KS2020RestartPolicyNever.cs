using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2020RestartPolicyNever : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS2020", "RestartPolicyNever", "Long-running pod is never restarted", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A Pod (or the pod template of a Deployment, StatefulSet, DaemonSet, ReplicaSet or ReplicationController) with restartPolicy: Never stays dead after its container crashes; for the controllers the API server rejects anything but Always, so the manifest fails to apply. Jobs and CronJobs are not checked: Never is a valid choice there (KS2019 covers them).",
        Fix = "Remove restartPolicy (it defaults to Always) or set it to Always; use OnFailure for a bare pod that runs to completion.",
        Equivalents = new[] { "kube-linter:restart-policy" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        if (WorkloadShape.RunsToCompletion(pod.Owner) || pod.Spec["restartPolicy"] is not { } node || node.AsString() != "Never")
        {
            return;
        }

        sink.Report(Rule, node.Region, pod.Path + ".restartPolicy",
            pod.Owner.Describe() + " sets restartPolicy: Never, so a crashed container is not restarted: remove it or set it to Always.",
            pod.Owner.Reference);
    }
}
