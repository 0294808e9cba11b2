using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2021JobTtlSecondsAfterFinished : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2021", "JobTtlSecondsAfterFinished", "Job cleanup is not configured where it belongs", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A standalone Job without spec.ttlSecondsAfterFinished stays in the cluster with its pods and their logs after it finishes, until someone deletes it; they pile up in etcd and in every listing. A CronJob should not set ttlSecondsAfterFinished in its jobTemplate: it deletes finished Jobs behind the back of successfulJobsHistoryLimit and failedJobsHistoryLimit, which already clean up, so the failed runs one wants to inspect may be gone.",
        Fix = "Set spec.ttlSecondsAfterFinished on standalone Jobs; on CronJobs remove it from the jobTemplate and use the history limits.",
        Equivalents = new[] { "kube-linter:job-ttl-seconds-after-finished" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind == "Job" && obj.Root["spec"] is { IsMapping: true } spec)
        {
            if (spec["ttlSecondsAfterFinished"] is null or { IsNull: true } && !IsOwnedByCronJob(obj))
            {
                sink.Report(Rule, spec.AnchorRegion, obj.PathPrefix + "spec.ttlSecondsAfterFinished",
                    obj.Describe() + " sets no ttlSecondsAfterFinished, so the finished Job and its pods stay until deleted by hand: set spec.ttlSecondsAfterFinished.",
                    obj.Reference);
            }
        }
        else if (obj.Kind == "CronJob" && obj.Root.At("spec", "jobTemplate", "spec", "ttlSecondsAfterFinished") is { IsNull: false } ttl)
        {
            sink.Report(Rule, ttl.Key?.Region ?? ttl.Region, obj.PathPrefix + "spec.jobTemplate.spec.ttlSecondsAfterFinished",
                obj.Describe() + " sets ttlSecondsAfterFinished in its jobTemplate, which deletes finished runs behind the history limits: remove it and use successfulJobsHistoryLimit and failedJobsHistoryLimit.",
                obj.Reference);
        }
    }

    /// <summary>A Job exported from a cluster that a CronJob created is cleaned up by the CronJob's history limits.</summary>
    private static bool IsOwnedByCronJob(KubernetesObject job)
    {
        if (job.Root.At("metadata", "ownerReferences") is not { IsSequence: true } owners)
        {
            return false;
        }

        foreach (var owner in owners.Items)
        {
            if (owner["kind"]?.AsString() == "CronJob")
            {
                return true;
            }
        }

        return false;
    }
}
