using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2013PodDisruptionBudgetMissing : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2013", "PodDisruptionBudgetMissing", "Replicated workload has no PodDisruptionBudget", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Without a PodDisruptionBudget selecting its pods, a node drain (a cluster upgrade, autoscaler scale-down, maintenance) may evict every replica of a Deployment or StatefulSet at once. The rule looks for a PodDisruptionBudget in the same namespace of the scan whose selector matches the pod template labels. Workloads that set spec.replicas to 0 or 1 are skipped; unset replicas (often HPA-managed) are checked.",
        Fix = "Add a PodDisruptionBudget whose selector matches the pod template labels, with maxUnavailable: 1 or a minAvailable below the replica count.",
        Equivalents = new[] { "polaris:missingPodDisruptionBudget", "kube-score:deployment-has-poddisruptionbudget", "kube-score:statefulset-has-poddisruptionbudget" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var workload in objects.All)
        {
            if (!WorkloadShape.IsReplicated(workload) || workload.PodSpec is null || WorkloadShape.Replicas(workload) is < 2)
            {
                continue;
            }

            if (WorkloadLinks.HasBudget(workload, objects))
            {
                continue;
            }

            var name = workload.Root.At("metadata", "name");
            sink.ReportOn(Rule, workload, name?.Region ?? workload.Root.HeadRegion, "metadata.name",
                workload.Describe() + " has no PodDisruptionBudget selecting its pod labels in its namespace, so a node drain can evict all its replicas at once: add one with maxUnavailable: 1.");
        }
    }
}
