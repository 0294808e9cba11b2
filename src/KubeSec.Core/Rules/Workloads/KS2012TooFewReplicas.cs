using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2012TooFewReplicas : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2012", "TooFewReplicas", "Workload runs a single replica", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A Deployment or StatefulSet (or Argo Rollout, OpenShift DeploymentConfig) that sets spec.replicas to 1 has no second pod to serve while its only pod is restarted, rescheduled, evicted by a node drain or replaced by a rollout with maxUnavailable. Workloads that a HorizontalPodAutoscaler scales are skipped (the HPA owns the count), as are replicas left unset (usually managed by an HPA or kustomize) and replicas: 0 (deliberately scaled down).",
        Fix = "Set spec.replicas to 2 or more, or let a HorizontalPodAutoscaler with minReplicas of 2 or more manage it.",
        Equivalents = new[] { "polaris:deploymentMissingReplicas", "kube-score:deployment-replicas" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var workload in objects.All)
        {
            if (!WorkloadShape.IsReplicated(workload) || workload.Root.At("spec", "replicas") is not { } node || node.AsInteger() != 1)
            {
                continue;
            }

            if (WorkloadLinks.AutoscalersOf(workload, objects).Any())
            {
                continue;
            }

            sink.ReportOn(Rule, workload, node.Region, "spec.replicas",
                workload.Describe() + " sets replicas: 1, so it is unavailable whenever its only pod restarts, moves or is evicted: run 2 or more replicas or scale it with an HPA.");
        }
    }
}
