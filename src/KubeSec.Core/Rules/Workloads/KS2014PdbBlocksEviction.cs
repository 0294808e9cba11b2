using System.Collections.Generic;
using System.Globalization;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2014PdbBlocksEviction : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2014", "PdbBlocksEviction", "PodDisruptionBudget allows no voluntary disruption", Severity.Medium, RuleCategory.Reliability)
    {
        Description = "A PodDisruptionBudget with maxUnavailable 0 (or 0%), minAvailable 100%, or a minAvailable at or above the replica count of the workload it selects never allows an eviction, so node drains hang, cluster upgrades and autoscaler scale-downs stall until someone deletes the budget by hand. The replica count is the HorizontalPodAutoscaler's minReplicas (or a KEDA ScaledObject's minReplicaCount) when one targets the workload, else spec.replicas; workloads with neither are not compared.",
        Fix = "Use maxUnavailable: 1 (or a minAvailable below the smallest replica count).",
        Equivalents = new[] { "polaris:pdbDisruptionsIsZero", "kube-linter:pdb-max-unavailable", "kube-linter:pdb-min-available" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var pdb in objects.OfKind("PodDisruptionBudget"))
        {
            var spec = pdb.Root["spec"];
            var maxNode = spec?["maxUnavailable"];
            var minNode = spec?["minAvailable"];
            var max = IntOrPercent.Parse(maxNode);
            var min = IntOrPercent.Parse(minNode);
            if (max is { Value: 0 } zero)
            {
                sink.ReportOn(Rule, pdb, maxNode!.Region, "spec.maxUnavailable",
                    pdb.Describe() + " sets maxUnavailable: " + zero + ", so no pod it selects can ever be evicted and node drains hang: allow at least 1.");
                continue;
            }

            if (min is not { } minimum)
            {
                continue;
            }

            if (minimum.IsPercent && minimum.Value >= 100)
            {
                sink.ReportOn(Rule, pdb, minNode!.Region, "spec.minAvailable",
                    pdb.Describe() + " sets minAvailable: " + minimum + ", so no pod it selects can ever be evicted and node drains hang: use maxUnavailable: 1 instead.");
                continue;
            }

            foreach (var (workload, replicas, source) in SelectedWorkloads(pdb, objects))
            {
                if (replicas > 0 && minimum.Of(replicas) >= replicas)
                {
                    sink.ReportOn(Rule, pdb, minNode!.Region, "spec.minAvailable",
                        pdb.Describe() + " sets minAvailable: " + minimum + " while " + workload.Describe() + " runs " + replicas.ToString(CultureInfo.InvariantCulture) + " " + source +
                        ", so none of its pods can be evicted and node drains hang: lower minAvailable or use maxUnavailable: 1.");
                    break;
                }
            }
        }
    }

    /// <summary>The workloads whose pods the PDB selects, with the smallest replica count they run and where it comes from.</summary>
    private static IEnumerable<(KubernetesObject Workload, long Replicas, string Source)> SelectedWorkloads(KubernetesObject pdb, ObjectIndex objects)
    {
        foreach (var workload in objects.All)
        {
            if (!WorkloadShape.IsReplicated(workload) || !Contains(WorkloadLinks.BudgetsOf(workload, objects), pdb))
            {
                continue;
            }

            if (MinimumReplicas(workload, objects) is { } minimum)
            {
                yield return (workload, minimum.Replicas, minimum.Source);
            }
        }
    }

    private static (long Replicas, string Source)? MinimumReplicas(KubernetesObject workload, ObjectIndex objects)
    {
        foreach (var hpa in WorkloadLinks.AutoscalersOf(workload, objects))
        {
            // An HPA without minReplicas scales down to 1, the API default.
            return (hpa.Root.At("spec", "minReplicas")?.AsInteger() ?? 1, "replica(s) at the minimum of its HorizontalPodAutoscaler");
        }

        foreach (var scaledObject in objects.OfKind("ScaledObject"))
        {
            var target = scaledObject.Root.At("spec", "scaleTargetRef");
            var kind = target?["kind"]?.AsString() ?? "Deployment";
            if (kind == workload.Kind && target?["name"]?.AsString() == workload.Name && ObjectIndex.SameNamespace(scaledObject, workload))
            {
                // KEDA's default minReplicaCount is 0: scaled to zero there are no pods to evict.
                return (scaledObject.Root.At("spec", "minReplicaCount")?.AsInteger() ?? 0, "replica(s) at the minimum of its KEDA ScaledObject");
            }
        }

        return WorkloadShape.Replicas(workload) is { } replicas ? (replicas, "replica(s)") : null;
    }

    private static bool Contains(IEnumerable<KubernetesObject> list, KubernetesObject item)
    {
        foreach (var candidate in list)
        {
            if (ReferenceEquals(candidate, item))
            {
                return true;
            }
        }

        return false;
    }
}
