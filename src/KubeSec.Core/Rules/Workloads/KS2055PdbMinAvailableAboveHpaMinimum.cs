using System.Globalization;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2055PdbMinAvailableAboveHpaMinimum : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2055", "PdbMinAvailableAboveHpaMinimum", "PodDisruptionBudget requires more pods than the HPA minimum", Severity.Medium, RuleCategory.Reliability)
    {
        Description = "When a HorizontalPodAutoscaler scales a Deployment or StatefulSet (or Argo Rollout, OpenShift DeploymentConfig) down to its minReplicas, a PodDisruptionBudget selecting the same pods whose minAvailable is greater than that minimum can never be met: the budget reports zero allowed disruptions, node drains hang and the cluster autoscaler cannot remove the node. The rule reports the workload when its HPA sets minReplicas and a PDB of its namespace selecting its pod labels sets minAvailable (a percentage is taken of minReplicas, rounded up) above it. KS2014 reports the budget itself for the wider case of minAvailable at or above the replica count; this rule is opt-in so the two do not report the same mistake twice by default.",
        Fix = "Lower the PDB's minAvailable below the HPA's minReplicas (or use maxUnavailable: 1), or raise minReplicas.",
        Equivalents = new[] { "polaris:pdbMinAvailableGreaterThanHPAMinReplicas" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var workload in objects.All)
        {
            if (!WorkloadShape.IsReplicated(workload) || Conflict(workload, objects) is not { } conflict)
            {
                continue;
            }

            var (pdb, minAvailable, required, hpa, minReplicas) = conflict;
            var count = minAvailable.IsPercent ? " (" + required.ToString(CultureInfo.InvariantCulture) + " pods)" : string.Empty;
            var name = workload.Root.At("metadata", "name");
            sink.ReportOn(Rule, workload, name?.Region ?? workload.Root.HeadRegion, "metadata.name",
                workload.Describe() + " is selected by " + pdb.Describe() + " with minAvailable: " + minAvailable + count + " but scaled down to " +
                minReplicas.ToString(CultureInfo.InvariantCulture) + " replica(s) by " + hpa.Describe() +
                ", so at its minimum the budget can never be met and node drains hang: lower minAvailable below minReplicas or raise minReplicas.");
        }
    }

    /// <summary>
    /// The first autoscaler (in scan order) with an explicit minReplicas that some budget of the workload asks
    /// for more than, with the first such budget. Each budget group answers from its thresholds in O(log n),
    /// so many autoscalers or budgets on one workload cost their number, not their product.
    /// </summary>
    private static (KubernetesObject Pdb, IntOrPercent MinAvailable, long Required, KubernetesObject Hpa, long MinReplicas)? Conflict(KubernetesObject workload, ObjectIndex objects)
    {
        var groups = WorkloadLinks.GroupsOf(workload, objects);
        if (groups.Count == 0)
        {
            return null;
        }

        var maxThreshold = long.MinValue;
        foreach (var group in groups)
        {
            maxThreshold = System.Math.Max(maxThreshold, group.MaxThreshold);
        }

        foreach (var hpa in WorkloadLinks.AutoscalersOf(workload, objects))
        {
            // An unset minReplicas (the API default of 1) is left to KS2014, which treats it as 1.
            if (hpa.Root.At("spec", "minReplicas")?.AsInteger() is not { } minReplicas || minReplicas < 1 || minReplicas >= maxThreshold)
            {
                continue;
            }

            KubernetesObject? first = null;
            foreach (var group in groups)
            {
                if (group.FirstRequiringMoreThan(minReplicas) is { } pdb && (first is null || objects.OrdinalOf(pdb) < objects.OrdinalOf(first)))
                {
                    first = pdb;
                }
            }

            if (first is not null && IntOrPercent.Parse(first.Root.At("spec", "minAvailable")) is { } minAvailable)
            {
                return (first, minAvailable, minAvailable.Of(minReplicas), hpa, minReplicas);
            }
        }

        return null;
    }
}
