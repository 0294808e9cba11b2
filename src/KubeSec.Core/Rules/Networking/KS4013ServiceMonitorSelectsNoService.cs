using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4013ServiceMonitorSelectsNoService : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4013", "ServiceMonitorSelectsNoService", "ServiceMonitor selects no Service", Severity.Low, RuleCategory.Networking)
    {
        Description = "A Prometheus Operator ServiceMonitor (monitoring.coreos.com) whose spec.selector matches the labels of no Service of the scan, in the namespaces its namespaceSelector names (matchNames; any namespace when it names none), scrapes nothing: the workload's metrics and the alerts built on them silently disappear. The rule stays silent when the scan contains no Service at all, or none in the namespaces namespaceSelector names (those Services are managed elsewhere, such as the cluster's own in kube-system), and when those namespaces hold a custom resource that may create Services through an operator, for the API server's own 'kubernetes' Service (component=apiserver, provider=kubernetes in default), and for templated selectors.",
        Fix = "Make spec.selector match the labels (metadata.labels) of the Service to scrape, and namespaceSelector name its namespace.",
        Equivalents = new[] { "kube-linter:dangling-servicemonitor" },
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly IReadOnlyDictionary<string, string> ApiServerServiceLabels = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["component"] = "apiserver",
        ["provider"] = "kubernetes",
    };

    private static readonly object ServiceLabelIndexKey = new();

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        var services = objects.OfKind("Service");
        if (services.Count == 0)
        {
            return;
        }

        // Services by namespace and label, so a monitor's selector is tested only against the Services that can
        // carry its labels, once per distinct selector and namespace; and whether any namespace with a Service
        // holds an operator's custom resource, asked once rather than once per monitor and Service.
        var index = objects.Shared(ServiceLabelIndexKey, all => new LabelIndex(all, all.OfKind("Service"), s => LabelSelector.ReadLabels(s.Root.At("metadata", "labels"))));
        var anyOperatorBesideServices = services.Select(ObjectIndex.NamespaceOf).Distinct(System.StringComparer.Ordinal).Any(ns => NetworkObjects.HasOperatorWorkloadIn(objects, ns));
        var judged = new Dictionary<(string?, string), bool>();
        bool Found(string? ns, SelectorQuery query)
        {
            if (!judged.TryGetValue((ns, query.Canonical), out var any))
            {
                judged[(ns, query.Canonical)] = any = index.Matching(ns, query, result => result != false).Any();
            }

            return any;
        }

        foreach (var monitor in objects.OfKind("ServiceMonitor"))
        {
            if (!monitor.Group.StartsWith("monitoring.coreos.com", System.StringComparison.Ordinal) || monitor.Root["spec"] is not { IsMapping: true } spec)
            {
                continue;
            }

            var selector = spec["selector"];
            var namespaceSelector = spec["namespaceSelector"];
            if (TemplatePlaceholder.In(selector) || TemplatePlaceholder.In(namespaceSelector))
            {
                continue;
            }

            var names = namespaceSelector?["matchNames"] is { IsSequence: true } list
                ? new HashSet<string>(list.Items.Select(i => i.AsString() ?? string.Empty), System.StringComparer.Ordinal)
                : null;
            // Namespaces the scan has no Service in are managed elsewhere (kube-system, the cluster's own): not judged.
            if (names is not null && !names.Any(n => index.InNamespace(n).Count > 0))
            {
                continue;
            }

            // Operator-created Services (a CephCluster's exporter) cannot be seen; nor can the API server's own
            // 'kubernetes' Service in default, which Kubernetes creates with these labels.
            var targetsApiServer = (names is null || names.Contains("default")) && LabelSelector.Test(selector, ApiServerServiceLabels) == true;
            if (targetsApiServer || (names is null ? anyOperatorBesideServices : names.Any(n => index.InNamespace(n).Count > 0 && NetworkObjects.HasOperatorWorkloadIn(objects, n))))
            {
                continue;
            }

            var query = SelectorQuery.ForSelector(selector);
            var found = names is null ? Found(null, query) : names.Any(n => Found(n, query));
            if (found)
            {
                continue;
            }

            var anchor = selector ?? namespaceSelector ?? spec;
            var where = names is null ? "the scan" : "namespaces " + string.Join(", ", names.Select(n => "'" + n + "'")) + " of the scan";
            sink.ReportOn(Rule, monitor, anchor.AnchorRegion, selector is not null ? "spec.selector" : namespaceSelector is not null ? "spec.namespaceSelector" : "spec",
                monitor.Describe() + " selects no Service of " + where + ", so it scrapes nothing: make spec.selector match the Service's labels and namespaceSelector name its namespace.");
        }
    }
}
