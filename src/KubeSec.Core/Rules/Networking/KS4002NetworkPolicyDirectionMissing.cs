using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Networking;

public sealed class KS4002NetworkPolicyDirectionMissing : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4002", "NetworkPolicyDirectionMissing", "Workload is isolated for ingress or egress only", Severity.Low, RuleCategory.Networking)
    {
        Description = "A pod selected by NetworkPolicies that cover only Ingress (or only Egress) is still open in the other direction: an isolated-for-ingress pod can still send traffic anywhere, for example to exfiltrate data or reach the cloud metadata service. A policy covers Egress when its policyTypes lists Egress (or, without policyTypes, when it has an egress section); it covers Ingress when policyTypes lists Ingress or policyTypes is absent. Pods selected by no policy at all are KS4001's finding.",
        Fix = "Add the missing direction to the policy's policyTypes (with the rules it needs), or add a policy for it.",
        Equivalents = new[] { "kube-score:pod-networkpolicy" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        // The directions each distinct podSelector of a namespace covers, then its workloads: linear in the
        // policies plus the workloads each distinct selector can match, not policies times workloads.
        var groups = new Dictionary<(string Namespace, string Selector), (SelectorQuery Selector, bool Ingress, bool Egress)>();
        foreach (var policy in objects.OfKind("NetworkPolicy"))
        {
            var selector = SelectorQuery.ForSelector(policy.Root.At("spec", "podSelector"));
            var key = (ObjectIndex.NamespaceOf(policy), selector.Canonical);
            var (i, e) = Directions(policy.Root["spec"]);
            groups[key] = groups.TryGetValue(key, out var group) ? (group.Selector, group.Ingress | i, group.Egress | e) : (selector, i, e);
        }

        var covered = new Dictionary<KubernetesObject, (bool Ingress, bool Egress)>(ObjectIndex.ReferenceComparer.Instance);
        var index = NetworkObjects.PodLabelIndex(objects);
        foreach (var group in groups)
        {
            foreach (var member in index.Matching(group.Key.Namespace, group.Value.Selector, result => result == true))
            {
                covered[member.Object] = covered.TryGetValue(member.Object, out var so) ? (so.Ingress | group.Value.Ingress, so.Egress | group.Value.Egress) : (group.Value.Ingress, group.Value.Egress);
            }
        }

        foreach (var workload in NetworkObjects.Workloads(objects))
        {
            if (!covered.TryGetValue(workload, out var directions) || (directions.Ingress && directions.Egress))
            {
                continue;
            }

            var ingress = directions.Ingress;
            var missing = ingress ? "egress" : "ingress";
            var (region, path) = NetworkObjects.PodLabelsAnchor(workload);
            sink.ReportOn(Rule, workload, region, path,
                workload.Describe() + " is selected by NetworkPolicies for " + (ingress ? "ingress" : "egress") + " only, so its " + missing + " traffic is not restricted: add " + (ingress ? "Egress" : "Ingress") + " to a policy's policyTypes with the rules it needs.");
        }
    }

    private static (bool Ingress, bool Egress) Directions(YamlNode? spec)
    {
        if (spec?["policyTypes"] is { IsSequence: true } types)
        {
            var set = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var item in types.Items)
            {
                if (item.AsString() is { } text)
                {
                    set.Add(text);
                }
            }

            return (set.Contains("Ingress"), set.Contains("Egress"));
        }

        return (true, spec?["egress"] is { } egress && !egress.IsNull);
    }
}
