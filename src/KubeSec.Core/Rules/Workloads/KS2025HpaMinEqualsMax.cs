using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2025HpaMinEqualsMax : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2025", "HpaMinEqualsMax", "HorizontalPodAutoscaler cannot scale", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A HorizontalPodAutoscaler whose minReplicas equals its maxReplicas never changes the replica count: it only hides a fixed size behind an autoscaler, and under load the workload cannot grow. An HPA without minReplicas is not compared.",
        Fix = "Raise spec.maxReplicas above spec.minReplicas, or remove the HPA and set spec.replicas on the workload.",
        Equivalents = new[] { "polaris:hpaMaxAvailability" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "HorizontalPodAutoscaler" || obj.Root.At("spec", "minReplicas")?.AsInteger() is not { } min ||
            obj.Root.At("spec", "maxReplicas") is not { } maxNode || maxNode.AsInteger() is not { } max || max > min)
        {
            return;
        }

        sink.Report(Rule, maxNode.Region, obj.PathPrefix + "spec.maxReplicas",
            obj.Describe() + " sets maxReplicas: " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", not above its minReplicas, so it can never scale: raise maxReplicas or drop the HPA.",
            obj.Reference);
    }
}
