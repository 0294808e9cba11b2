using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4015PdbSelectsNoPods : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4015", "PdbSelectsNoPods", "PodDisruptionBudget selector matches no workload", Severity.Low, RuleCategory.Networking)
    {
        Description = "A PodDisruptionBudget whose spec.selector matches the pod labels of no workload of the scan in its namespace protects nothing: node drains and cluster upgrades evict all the replicas of the workload it was written for at once. An empty or missing selector, templated selectors, namespaces without workloads in the scan and namespaces with operator-run pods are not judged.",
        Fix = "Make spec.selector match the workload's pod template labels.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var pdb in objects.OfKind("PodDisruptionBudget"))
        {
            var selector = pdb.Root.At("spec", "selector");
            if (NetworkObjects.IsEmptySelector(selector) || TemplatePlaceholder.In(selector)
                || !NetworkObjects.HasWorkloadIn(objects, pdb) || NetworkObjects.HasOperatorWorkloadIn(objects, pdb)
                || NetworkObjects.AnyWorkloadMayMatch(objects, pdb, SelectorQuery.ForSelector(selector)))
            {
                continue;
            }

            sink.ReportOn(Rule, pdb, selector!.AnchorRegion, "spec.selector",
                pdb.Describe() + " has a selector that matches no workload of its namespace in the scan, so it protects nothing during drains: make it match the workload's pod labels.");
        }
    }
}
