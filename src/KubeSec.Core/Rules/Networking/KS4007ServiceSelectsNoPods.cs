using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4007ServiceSelectsNoPods : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4007", "ServiceSelectsNoPods", "Service selector matches no workload", Severity.Medium, RuleCategory.Networking)
    {
        Description = "A Service whose spec.selector matches the pod labels of no workload of the scan in its namespace has no endpoints: every request to it fails. It is usually a label typo or a rename. Services without a selector (manual Endpoints) and ExternalName Services are skipped, and the rule stays silent when the scan has no workload in the Service's namespace, or a custom resource there that may run pods through an operator (any custom kind but a few known pod-less ones such as ServiceMonitor, Certificate, VirtualService), or the selector is templated; selector keys that controllers add to pods (statefulset.kubernetes.io/pod-name, pod-template-hash, ...) are not judged.",
        Fix = "Make spec.selector equal to labels of the workload's pod template (every key and value).",
        Equivalents = new[] { "kube-linter:dangling-service", "kube-score:service-targets-pod" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var service in objects.OfKind("Service"))
        {
            var selector = service.Root.At("spec", "selector");
            if (selector is not { IsMapping: true } || selector.Entries.Count == 0 || TemplatePlaceholder.In(selector)
                || service.Root.At("spec", "type")?.AsString() == "ExternalName"
                || !NetworkObjects.HasWorkloadIn(objects, service) || NetworkObjects.HasOperatorWorkloadIn(objects, service))
            {
                continue;
            }

            var matched = NetworkObjects.AnyWorkloadMayMatch(objects, service, SelectorQuery.ForMap(selector));
            if (matched)
            {
                continue;
            }

            sink.ReportOn(Rule, service, selector.AnchorRegion, "spec.selector",
                service.Describe() + " selects pods by " + Describe(selector) + ", which no workload of its namespace in the scan carries, so it has no endpoints: make spec.selector match the pod template labels.");
        }
    }

    private static string Describe(Yaml.YamlNode selector) =>
        string.Join(", ", selector.Entries.Select(e => e.Key.AsString() + "=" + e.Value.AsString()));
}
