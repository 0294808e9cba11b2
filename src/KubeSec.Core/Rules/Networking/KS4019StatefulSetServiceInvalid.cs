using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4019StatefulSetServiceInvalid : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4019", "StatefulSetServiceInvalid", "StatefulSet's serviceName is not a headless Service selecting its pods", Severity.Low, RuleCategory.Networking)
    {
        Description = "A StatefulSet's spec.serviceName names the governing Service that gives each pod its stable DNS name (name-0.service.namespace.svc). That only works when a Service of that name exists in the StatefulSet's namespace, is headless (clusterIP: None) and selects the StatefulSet's pods; otherwise peers that find each other by those names (databases, Kafka, ZooKeeper, Elasticsearch) cannot. The rule fires when the scan has Services in the StatefulSet's namespace but none of that name, or when the named Service is not headless or does not select the pod template's labels. It stays silent when serviceName is unset or templated, and when the scan has no Service in that namespace (it is deployed from elsewhere).",
        Fix = "Create a Service with the serviceName's name in the same namespace, with clusterIP: None and a selector matching the pod template labels.",
        Equivalents = new[] { "kube-score:statefulset-has-servicename" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        var judged = new Dictionary<(string, string, string), List<Verdict>>();
        foreach (var statefulSet in objects.OfKind("StatefulSet"))
        {
            if (statefulSet.Root.At("spec", "serviceName") is not { } nameNode || nameNode.AsString() is not { Length: > 0 } name || TemplatePlaceholder.In(name)
                || objects.OfKindInNamespaceOf("Service", statefulSet).Count == 0)
            {
                continue;
            }

            var prefix = statefulSet.Describe() + " has serviceName '" + name + "'";

            // The scan may hold several Services of that name (copies of one app for several environments): one good one is enough.
            var candidates = objects.NamedNear("Service", name, statefulSet);
            if (candidates.Count == 0)
            {
                sink.ReportOn(Rule, statefulSet, nameNode.Region, "spec.serviceName",
                    prefix + ", but the scan has no Service of that name in its namespace, so its pods get no stable DNS names: add a headless Service named '" + name + "' that selects its pods.");
                continue;
            }

            // Copies of one StatefulSet with the same pod labels get the same verdicts: judged once per Service name and label set.
            var memoKey = (ObjectIndex.NamespaceOf(statefulSet), name, LabelsKey(statefulSet));
            if (!judged.TryGetValue(memoKey, out var verdicts))
            {
                judged[memoKey] = verdicts = candidates.Select(s => Judge(s, statefulSet)).ToList();
            }

            if (verdicts.Contains(Verdict.Good) || verdicts.Contains(Verdict.Unknown))
            {
                continue;
            }

            var message = verdicts.Contains(Verdict.SelectsOtherPods)
                ? prefix + ", but that Service's selector does not select its pods, so they get no DNS records: make the selector of Service '" + name + "' match the pod template labels."
                : prefix + ", but that Service is not headless, so its pods get no stable DNS names: set clusterIP: None on Service '" + name + "'.";
            sink.ReportOn(Rule, statefulSet, nameNode.Region, "spec.serviceName", message);
        }
    }

    private enum Verdict
    {
        Good,
        Unknown,
        NotHeadless,
        SelectsOtherPods,
    }

    private static Verdict Judge(KubernetesObject service, KubernetesObject statefulSet)
    {
        var clusterIp = service.Root.At("spec", "clusterIP");
        if (TemplatePlaceholder.In(clusterIp))
        {
            return Verdict.Unknown;
        }

        if (clusterIp?.AsString() is not "None")
        {
            return Verdict.NotHeadless;
        }

        var selector = service.Root.At("spec", "selector");
        if (TemplatePlaceholder.In(selector) || TemplatePlaceholder.In(WorkloadLabels(statefulSet)))
        {
            return Verdict.Unknown;
        }

        if (selector is not { IsMapping: true } || selector.Entries.Count == 0)
        {
            return Verdict.SelectsOtherPods;
        }

        return LabelSelector.TestMap(selector, LabelSelector.PodLabels(statefulSet)) switch
        {
            true => Verdict.Good,
            false => Verdict.SelectsOtherPods,
            null => Verdict.Unknown,
        };
    }

    /// <summary>What <see cref="Judge"/> reads of the StatefulSet: its pod labels, and whether they are templated.</summary>
    private static string LabelsKey(KubernetesObject statefulSet)
    {
        var text = new System.Text.StringBuilder(TemplatePlaceholder.In(WorkloadLabels(statefulSet)) ? "T" : "L");
        foreach (var label in LabelSelector.PodLabels(statefulSet).OrderBy(l => l.Key, System.StringComparer.Ordinal))
        {
            text.Append('\n').Append(label.Key.Length).Append(':').Append(label.Key).Append('=').Append(label.Value.Length).Append(':').Append(label.Value);
        }

        return text.ToString();
    }

    private static Yaml.YamlNode? WorkloadLabels(KubernetesObject statefulSet) => statefulSet.Root.At("spec", "template", "metadata", "labels");
}
