using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4001PodNotSelectedByNetworkPolicy : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4001", "PodNotSelectedByNetworkPolicy", "Workload is not selected by any NetworkPolicy", Severity.Medium, RuleCategory.Networking)
    {
        Description = "A pod that no NetworkPolicy of its namespace selects accepts traffic from, and sends traffic to, every pod in the cluster. The rule compares each workload's pod template labels with the podSelector of the NetworkPolicies of the scan in the same namespace. It stays silent when the scan contains no NetworkPolicy at all, since policies are then managed elsewhere (for example a platform team's default-deny).",
        Fix = "Add a NetworkPolicy whose podSelector matches the workload's pod labels (or a namespace-wide default-deny policy with podSelector: {}).",
        Equivalents = new[] { "kube-linter:non-isolated-pod", "kube-score:pod-networkpolicy" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        // A scan with no NetworkPolicy at all does not manage policies: they live elsewhere (or nowhere, which
        // a repository cannot tell). Once it has one, every workload is expected to be covered.
        var policies = objects.OfKind("NetworkPolicy");
        if (policies.Count == 0)
        {
            return;
        }

        // Each distinct podSelector of a namespace is matched once against the workloads that can carry its
        // labels, instead of every policy against every workload.
        var index = NetworkObjects.PodLabelIndex(objects);
        var selected = new HashSet<KubernetesObject>(ObjectIndex.ReferenceComparer.Instance);
        var judged = new HashSet<(string, string)>();
        foreach (var policy in policies)
        {
            var ns = ObjectIndex.NamespaceOf(policy);
            var selector = SelectorQuery.ForSelector(policy.Root.At("spec", "podSelector"));
            if (!judged.Add((ns, selector.Canonical)))
            {
                continue;
            }

            foreach (var member in index.Matching(ns, selector, result => result != false))
            {
                selected.Add(member.Object);
            }
        }

        foreach (var workload in NetworkObjects.Workloads(objects))
        {
            if (selected.Contains(workload))
            {
                continue;
            }

            var (region, path) = NetworkObjects.PodLabelsAnchor(workload);
            sink.ReportOn(Rule, workload, region, path,
                workload.Describe() + " is selected by no NetworkPolicy of its namespace, so its pods accept and send traffic to every pod in the cluster: add a NetworkPolicy whose podSelector matches its pod labels.");
        }
    }
}
