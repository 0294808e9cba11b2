using System.Globalization;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2038FewerThanThreeReplicas : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2038", "FewerThanThreeReplicas", "Workload runs fewer than three replicas", Severity.Low, RuleCategory.Reliability)
    {
        Description = "The stricter companion of KS2012 for clusters spread over three zones or services that need a quorum: a Deployment or StatefulSet (or Argo Rollout, OpenShift DeploymentConfig) that sets spec.replicas to 1 or 2 cannot keep a pod in every zone, and with 2 a rollout or a node drain leaves a single pod serving everything. Workloads that a HorizontalPodAutoscaler scales are skipped (the HPA owns the count), as are replicas left unset and replicas: 0 (deliberately scaled down). With 1 replica both this rule and KS2012 report.",
        Fix = "Set spec.replicas to 3 or more, or let a HorizontalPodAutoscaler with minReplicas of 3 or more manage it.",
        Equivalents = new[] { "kube-linter:minimum-three-replicas" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var workload in objects.All)
        {
            if (!WorkloadShape.IsReplicated(workload) || workload.Root.At("spec", "replicas") is not { } node
                || node.AsInteger() is not ({ } replicas and > 0 and < 3))
            {
                continue;
            }

            if (WorkloadLinks.AutoscalersOf(workload, objects).Any())
            {
                continue;
            }

            sink.ReportOn(Rule, workload, node.Region, "spec.replicas",
                workload.Describe() + " sets replicas: " + replicas.ToString(CultureInfo.InvariantCulture) + ", fewer than one per zone of a three-zone cluster and too few to survive a drain during a rollout: run 3 or more replicas or scale it with an HPA.");
        }
    }
}
