using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4009NetworkPolicySelectsNoPods : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4009", "NetworkPolicySelectsNoPods", "NetworkPolicy podSelector matches no workload", Severity.Low, RuleCategory.Networking)
    {
        Description = "A NetworkPolicy whose spec.podSelector matches the pod labels of no workload of the scan in its namespace protects nothing, so the pods it was written for are not isolated. It is usually a label typo or a rename. An empty podSelector (every pod) always passes, and the rule stays silent when the scan has no workload in the policy's namespace, or has a custom resource there that may run pods through an operator (any custom kind but a few known pod-less ones such as ServiceMonitor, Certificate, VirtualService).",
        Fix = "Make spec.podSelector match the labels of the pods the policy is for.",
        Equivalents = new[] { "kube-linter:dangling-networkpolicy", "kube-score:networkpolicy-targets-pod" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var policy in objects.OfKind("NetworkPolicy"))
        {
            var selector = policy.Root.At("spec", "podSelector");
            if (NetworkObjects.IsEmptySelector(selector) || TemplatePlaceholder.In(selector)
                || !NetworkObjects.HasWorkloadIn(objects, policy) || NetworkObjects.HasOperatorWorkloadIn(objects, policy)
                || NetworkObjects.AnyWorkloadMayMatch(objects, policy, SelectorQuery.ForSelector(selector)))
            {
                continue;
            }

            sink.ReportOn(Rule, policy, selector!.AnchorRegion, "spec.podSelector",
                policy.Describe() + " has a podSelector that matches no workload of its namespace in the scan, so it isolates nothing: make it match the labels of the pods it is for.");
        }
    }
}
