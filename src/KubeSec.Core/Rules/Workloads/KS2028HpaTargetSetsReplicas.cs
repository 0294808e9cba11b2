using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2028HpaTargetSetsReplicas : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2028", "HpaTargetSetsReplicas", "Workload scaled by an HPA also sets replicas", Severity.Low, RuleCategory.Reliability)
    {
        Description = "When a HorizontalPodAutoscaler of the scan targets a Deployment or StatefulSet that also sets spec.replicas, every apply of the manifest resets the replica count to that value, scaling a loaded service down (or up) until the HPA corrects it a few minutes later.",
        Fix = "Remove spec.replicas from the workload and let the HPA's minReplicas set the floor.",
        Equivalents = new[] { "kube-score:deployment-targeted-by-hpa-does-not-have-replicas-configured" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var workload in objects.All)
        {
            if (!WorkloadShape.IsReplicated(workload) || workload.Root.At("spec", "replicas") is not { IsNull: false } replicas)
            {
                continue;
            }

            if (WorkloadLinks.AutoscalersOf(workload, objects).FirstOrDefault() is not { } hpa)
            {
                continue;
            }

            sink.ReportOn(Rule, workload, replicas.Key?.Region ?? replicas.Region, "spec.replicas",
                workload.Describe() + " sets replicas while " + hpa.Describe() + " scales it, so every apply resets the count: remove spec.replicas.");
        }
    }
}
