using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2018CronJobStartingDeadlineMissing : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2018", "CronJobStartingDeadlineMissing", "CronJob has no starting deadline", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Without spec.startingDeadlineSeconds a CronJob whose schedule was missed (controller down, cluster upgrade) counts every missed run since the last one; after more than 100 misses it stops scheduling the job at all and only logs an error, and otherwise a late run starts at whatever time the controller comes back.",
        Fix = "Set spec.startingDeadlineSeconds to how late a run may still start (for example 200 for a job every few minutes).",
        Equivalents = new[] { "kube-score:cronjob-has-deadline" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "CronJob" || obj.Root["spec"] is not { IsMapping: true } spec)
        {
            return;
        }

        if (spec["startingDeadlineSeconds"] is { } deadline && !deadline.IsNull)
        {
            return;
        }

        sink.Report(Rule, spec.AnchorRegion, obj.PathPrefix + "spec.startingDeadlineSeconds",
            obj.Describe() + " sets no startingDeadlineSeconds, so after more than 100 missed schedules it stops running altogether: set startingDeadlineSeconds.",
            obj.Reference);
    }
}
