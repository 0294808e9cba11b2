using System.Globalization;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2039HpaMinReplicasBelowThree : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2039", "HpaMinReplicasBelowThree", "HorizontalPodAutoscaler may scale below three replicas", Severity.Low, RuleCategory.Reliability)
    {
        Description = "The stricter companion of KS2015 for clusters spread over three zones: a HorizontalPodAutoscaler with minReplicas 1 or 2 scales its workload down below one pod per zone at low load, so a zone outage or a node drain then leaves one pod, or none, serving. An HPA without minReplicas is not reported, and minReplicas: 0 (scale to zero, a deliberate choice) is skipped. With minReplicas: 1 both this rule and KS2015 report.",
        Fix = "Set spec.minReplicas to 3 or more.",
        Equivalents = new[] { "kube-linter:hpa-minimum-three-replicas" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "HorizontalPodAutoscaler" || obj.Root.At("spec", "minReplicas") is not { } node
            || node.AsInteger() is not ({ } min and > 0 and < 3))
        {
            return;
        }

        sink.ReportOn(Rule, obj, node.Region, "spec.minReplicas",
            obj.Describe() + " sets minReplicas: " + min.ToString(CultureInfo.InvariantCulture) + ", so at low load it runs fewer pods than a three-zone cluster has zones: set minReplicas to 3 or more.");
    }
}
