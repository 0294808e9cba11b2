using System;
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
        var replicaCounts = new ReplicaCounts(objects);
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

            if (FirstBlocked(pdb, minimum, objects, replicaCounts) is { } blocked)
            {
                sink.ReportOn(Rule, pdb, minNode!.Region, "spec.minAvailable",
                    pdb.Describe() + " sets minAvailable: " + minimum + " while " + blocked.Workload.Describe() + " runs " + blocked.Replicas.ToString(CultureInfo.InvariantCulture) + " " + blocked.Source +
                    ", so none of its pods can be evicted and node drains hang: lower minAvailable or use maxUnavailable: 1.");
            }
        }
    }

    /// <summary>
    /// The first workload (in scan order) the PDB selects whose smallest replica count r is positive and at most
    /// what minAvailable requires (minimum.Of(r) &gt;= r). That condition holds exactly for r up to a threshold
    /// (the count itself; for a percentage p, 99 / (100 - p)), so a running minimum of the group's replica counts
    /// finds it in O(log n) per PDB, however many PDBs share the selector and workloads it selects.
    /// </summary>
    private static (KubernetesObject Workload, long Replicas, string Source)? FirstBlocked(KubernetesObject pdb, IntOrPercent minimum, ObjectIndex objects, ReplicaCounts counts)
    {
        if (WorkloadLinks.GroupOf(pdb, objects) is not { } group)
        {
            return null;
        }

        var threshold = minimum.IsPercent ? 99 / (100 - minimum.Value) : minimum.Value;
        var prefix = counts.PrefixMinimum(group);
        var (low, high) = (0, prefix.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (prefix[middle] <= threshold)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        if (low == prefix.Length)
        {
            return null;
        }

        var workload = group.Workloads[low];
        var (replicas, source) = counts.Of(workload)!.Value;
        return (workload, replicas, source);
    }

    /// <summary>The smallest replica count of each workload, and per budget group the running minimum over its workloads, each computed once.</summary>
    private sealed class ReplicaCounts
    {
        private readonly ObjectIndex _objects;
        private readonly Dictionary<KubernetesObject, (long Replicas, string Source)?> _counts = new(ObjectIndex.ReferenceComparer.Instance);
        private readonly Dictionary<BudgetGroup, long[]> _prefixes = new(ObjectIndex.ReferenceComparer.Instance);
        private readonly Dictionary<(string Kind, string Name, string Namespace), KubernetesObject> _scaledObjects = new();

        public ReplicaCounts(ObjectIndex objects)
        {
            _objects = objects;
            foreach (var scaledObject in objects.OfKind("ScaledObject"))
            {
                var target = scaledObject.Root.At("spec", "scaleTargetRef");
                if (target?["name"]?.AsString() is { } name)
                {
                    var key = (target["kind"]?.AsString() ?? "Deployment", name, ObjectIndex.NamespaceOf(scaledObject));
                    if (!_scaledObjects.ContainsKey(key))
                    {
                        _scaledObjects[key] = scaledObject;
                    }
                }
            }
        }

        public (long Replicas, string Source)? Of(KubernetesObject workload)
        {
            if (!_counts.TryGetValue(workload, out var count))
            {
                _counts[workload] = count = MinimumReplicas(workload);
            }

            return count;
        }

        /// <summary>Running minimum of the positive replica counts of the group's workloads (long.MaxValue while none).</summary>
        public long[] PrefixMinimum(BudgetGroup group)
        {
            if (!_prefixes.TryGetValue(group, out var prefix))
            {
                prefix = new long[group.Workloads.Count];
                var min = long.MaxValue;
                for (var i = 0; i < prefix.Length; i++)
                {
                    if (Of(group.Workloads[i]) is { Replicas: > 0 } count)
                    {
                        min = Math.Min(min, count.Replicas);
                    }

                    prefix[i] = min;
                }

                _prefixes[group] = prefix;
            }

            return prefix;
        }

        private (long Replicas, string Source)? MinimumReplicas(KubernetesObject workload)
        {
            if (WorkloadLinks.AutoscalersOf(workload, _objects) is { Count: > 0 } hpas)
            {
                // An HPA without minReplicas scales down to 1, the API default.
                return (hpas[0].Root.At("spec", "minReplicas")?.AsInteger() ?? 1, "replica(s) at the minimum of its HorizontalPodAutoscaler");
            }

            if (_scaledObjects.TryGetValue((workload.Kind, workload.Name, ObjectIndex.NamespaceOf(workload)), out var scaledObject))
            {
                // KEDA's default minReplicaCount is 0: scaled to zero there are no pods to evict.
                return (scaledObject.Root.At("spec", "minReplicaCount")?.AsInteger() ?? 0, "replica(s) at the minimum of its KEDA ScaledObject");
            }

            return WorkloadShape.Replicas(workload) is { } replicas ? (replicas, "replica(s)") : null;
        }
    }
}
