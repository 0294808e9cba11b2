using System.Globalization;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4014NetworkPolicyPeerSelectsNoPods : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4014", "NetworkPolicyPeerSelectsNoPods", "NetworkPolicy peer podSelector matches no workload", Severity.Low, RuleCategory.Networking)
    {
        Description = "A NetworkPolicy ingress 'from' or egress 'to' peer with a podSelector and no namespaceSelector means pods of the policy's own namespace; when it matches the pod labels of no workload of the scan there, the allow rule allows nothing and the traffic it was written for is dropped. Peers with a namespaceSelector (other namespaces) and empty selectors are not judged, and the rule stays silent when the scan has no workload in the policy's namespace, or a custom resource there that may run pods through an operator.",
        Fix = "Make the peer's podSelector match the labels of the pods that should be allowed, or add a namespaceSelector when they live in another namespace.",
        Equivalents = new[] { "kube-linter:dangling-networkpolicypeer-podselector" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var policy in objects.OfKind("NetworkPolicy"))
        {
            if (!NetworkObjects.HasWorkloadIn(objects, policy) || NetworkObjects.HasOperatorWorkloadIn(objects, policy))
            {
                continue;
            }

            foreach (var (direction, peerField) in new[] { ("ingress", "from"), ("egress", "to") })
            {
                if (policy.Root.At("spec", direction) is not { IsSequence: true } rules)
                {
                    continue;
                }

                for (var r = 0; r < rules.Items.Count; r++)
                {
                    if (rules.Items[r][peerField] is not { IsSequence: true } peers)
                    {
                        continue;
                    }

                    for (var p = 0; p < peers.Items.Count; p++)
                    {
                        var peer = peers.Items[p];
                        var selector = peer["podSelector"];
                        if (selector is null || peer["namespaceSelector"] is not null || NetworkObjects.IsEmptySelector(selector) || TemplatePlaceholder.In(selector)
                            || NetworkObjects.AnyWorkloadMayMatch(objects, policy, SelectorQuery.ForSelector(selector)))
                        {
                            continue;
                        }

                        var path = "spec." + direction + "[" + r.ToString(CultureInfo.InvariantCulture) + "]." + peerField + "[" + p.ToString(CultureInfo.InvariantCulture) + "].podSelector";
                        sink.ReportOn(Rule, policy, selector.AnchorRegion, path,
                            policy.Describe() + " " + direction + " peer podSelector matches no workload of its namespace in the scan, so it allows nothing: make it match the pods to allow, or add a namespaceSelector for another namespace.");
                    }
                }
            }
        }
    }
}
