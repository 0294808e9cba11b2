using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2023TopologySpreadMissing : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2023", "TopologySpreadMissing", "Replicated workload has no topology spread constraints", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A Deployment or StatefulSet (or Argo Rollout, OpenShift DeploymentConfig) with more than one replica and no spec.topologySpreadConstraints leaves the scheduler free to put its replicas in one zone or on one node, which then takes them all down. Any constraint passes; KS2016 checks host anti-affinity specifically. Workloads that set replicas to 0 or 1 are skipped.",
        Fix = "Add topologySpreadConstraints on topology.kubernetes.io/zone and/or kubernetes.io/hostname with a labelSelector matching the pod labels.",
        Equivalents = new[] { "polaris:topologySpreadConstraint" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (!WorkloadShape.IsReplicated(obj) || obj.PodSpec is not { } pod || WorkloadShape.Replicas(obj) is < 2)
        {
            return;
        }

        var constraints = pod.Spec["topologySpreadConstraints"];
        if (constraints is { IsSequence: true } && constraints.Items.Count > 0)
        {
            return;
        }

        var region = constraints?.AnchorRegion ?? pod.Spec.AnchorRegion;
        sink.Report(Rule, region, pod.Path + ".topologySpreadConstraints",
            obj.Describe() + " sets no topologySpreadConstraints, so its replicas may all land in one zone or on one node: add constraints on topology.kubernetes.io/zone or kubernetes.io/hostname.",
            obj.Reference);
    }
}
