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
        var policies = objects.OfKind("NetworkPolicy");
        foreach (var workload in NetworkObjects.Workloads(objects))
        {
            var labels = LabelSelector.PodLabels(workload);
            bool any = false, ingress = false, egress = false;
            foreach (var policy in policies)
            {
                if (!ObjectIndex.SameNamespace(policy, workload) || LabelSelector.Test(policy.Root.At("spec", "podSelector"), labels) != true)
                {
                    continue;
                }

                any = true;
                var (i, e) = Directions(policy.Root["spec"]);
                ingress |= i;
                egress |= e;
            }

            if (!any || (ingress && egress))
            {
                continue;
            }

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
