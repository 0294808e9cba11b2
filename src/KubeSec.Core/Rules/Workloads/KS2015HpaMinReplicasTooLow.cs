using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2015HpaMinReplicasTooLow : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2015", "HpaMinReplicasTooLow", "HorizontalPodAutoscaler may scale down to one replica", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A HorizontalPodAutoscaler with minReplicas: 1 scales its workload down to a single pod when load is low, so one restart, eviction or node failure then takes the service down. An HPA without minReplicas is not reported, and minReplicas: 0 (scale to zero, a deliberate choice) is skipped.",
        Fix = "Set spec.minReplicas to 2 or more.",
        Equivalents = new[] { "polaris:hpaMinAvailability", "kube-score:horizontalpodautoscaler-replicas" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "HorizontalPodAutoscaler" || obj.Root.At("spec", "minReplicas") is not { } node || node.AsInteger() != 1)
        {
            return;
        }

        sink.Report(Rule, node.Region, obj.PathPrefix + "spec.minReplicas",
            obj.Describe() + " sets minReplicas: 1, so at low load a single pod serves everything and any restart is an outage: set minReplicas to 2 or more.",
            obj.Reference);
    }
}
