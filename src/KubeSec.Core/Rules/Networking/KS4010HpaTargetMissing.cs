using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4010HpaTargetMissing : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4010", "HpaTargetMissing", "HorizontalPodAutoscaler targets a missing workload", Severity.Medium, RuleCategory.Networking)
    {
        Description = "A HorizontalPodAutoscaler whose spec.scaleTargetRef names a workload (kind and name) that the scan does not define in its namespace scales nothing: the workload it was meant for stays at its fixed replica count under load. To avoid false positives for targets managed elsewhere, the rule stays silent when the scan contains no object of the target's kind at all, and for templated names.",
        Fix = "Make scaleTargetRef.kind and name match the workload (and its apiVersion).",
        Equivalents = new[] { "kube-linter:dangling-horizontalpodautoscaler", "kube-score:horizontalpodautoscaler-has-target" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var hpa in objects.OfKind("HorizontalPodAutoscaler"))
        {
            var target = hpa.Root.At("spec", "scaleTargetRef");
            var kind = target?["kind"]?.AsString();
            var nameNode = target?["name"];
            if (kind is null || nameNode?.AsString() is not { } name || TemplatePlaceholder.In(nameNode)
                || objects.OfKind(kind).Count == 0 || objects.Find(kind, name, hpa) is not null)
            {
                continue;
            }

            sink.ReportOn(Rule, hpa, nameNode.Region, "spec.scaleTargetRef.name",
                hpa.Describe() + " scales " + kind + " '" + name + "', which the scan does not define in its namespace, so it scales nothing: fix scaleTargetRef to name the workload.");
        }
    }
}
