using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2019JobRestartPolicyInvalid : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS2019", "JobRestartPolicyInvalid", "Job or CronJob pod template has no valid restartPolicy", Severity.Medium, RuleCategory.Reliability)
    {
        Description = "The pod template of a Job or CronJob must set restartPolicy to OnFailure or Never. Left unset it defaults to Always, which the API server rejects for Jobs, so the manifest fails to apply (or, for a CronJob, every scheduled Job fails to be created).",
        Fix = "Set restartPolicy: OnFailure (retry in the same pod) or Never (a new pod per retry) in the pod template.",
        Equivalents = new[] { "kube-score:cronjob-restartpolicy" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        var owner = pod.Owner;
        if (!WorkloadShape.RunsToCompletion(owner))
        {
            return;
        }

        var node = pod.Spec["restartPolicy"];
        var policy = node?.AsString();
        if (policy is "OnFailure" or "Never" || (policy is not null && TemplatePlaceholder.In(policy)))
        {
            return;
        }

        if (node is null || policy is null)
        {
            sink.Report(Rule, pod.Spec.AnchorRegion, pod.Path + ".restartPolicy",
                owner.Describe() + " sets no restartPolicy in its pod template, so it defaults to Always, which Jobs reject: set restartPolicy: OnFailure or Never.",
                owner.Reference);
            return;
        }

        sink.Report(Rule, node.Region, pod.Path + ".restartPolicy",
            owner.Describe() + " sets restartPolicy: " + policy + ", which Jobs reject: set it to OnFailure or Never.",
            owner.Reference);
    }
}
