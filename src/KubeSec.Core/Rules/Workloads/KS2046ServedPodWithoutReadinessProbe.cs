using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Rules.Networking;

namespace KubeSec.Rules.Workloads;

public sealed class KS2046ServedPodWithoutReadinessProbe : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS2046", "ServedPodWithoutReadinessProbe", "Pods behind a Service have no readiness probe", Severity.Medium, RuleCategory.Reliability)
    {
        Description = "A workload whose pod labels a Service of the scan in the same namespace selects, but none of whose containers has a readinessProbe, is added to the Service's endpoints as soon as its containers start: requests arrive before the application can serve, and a rollout replaces working pods with broken ones without waiting. One readiness probe on any container of the pod gates it, so the check is per pod, not per container (KS2003 checks every container of every long-running workload). Jobs and CronJobs, Services without a selector, ExternalName Services and templated selectors are skipped, as are workloads of which another object of the same kind and name in the scan (a kustomize base or overlay) has a readiness probe.",
        Fix = "Add a readinessProbe to the container that serves the Service's port, succeeding only when it can handle requests.",
        Equivalents = new[] { "kube-score:pod-probes" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        // The first selecting Service (in scan order) of each workload, found from each distinct selector of a
        // namespace through the label index rather than by testing every Service against every workload.
        var firstService = new Dictionary<KubernetesObject, KubernetesObject>(ObjectIndex.ReferenceComparer.Instance);
        var judged = new HashSet<(string, string)>();
        var index = NetworkObjects.PodLabelIndex(objects);
        foreach (var candidate in objects.OfKind("Service"))
        {
            if (!IsSelectingService(candidate))
            {
                continue;
            }

            var ns = ObjectIndex.NamespaceOf(candidate);
            var selector = SelectorQuery.ForMap(candidate.Root.At("spec", "selector"));
            if (!judged.Add((ns, selector.Canonical)))
            {
                continue; // an earlier Service with the same selector comes first for every workload it selects
            }

            foreach (var member in index.Matching(ns, selector, result => result == true))
            {
                if (!firstService.TryGetValue(member.Object, out var earlier) || objects.OrdinalOf(earlier) > objects.OrdinalOf(candidate))
                {
                    firstService[member.Object] = candidate;
                }
            }
        }

        if (firstService.Count == 0)
        {
            return;
        }

        var probedTwins = new Dictionary<(string, string), bool>();
        foreach (var workload in objects.Workloads)
        {
            if (WorkloadShape.RunsToCompletion(workload) || workload.Kind == "PodTemplate" || workload.PodSpec is not { } pod || HasReadinessProbe(pod)
                || !firstService.TryGetValue(workload, out var service))
            {
                continue;
            }

            // A kustomize patch or an overlay copy of a workload holds only part of it: the full definition elsewhere in the scan decides.
            var twinKey = (workload.Kind, workload.Name);
            if (!probedTwins.TryGetValue(twinKey, out var probedTwin))
            {
                probedTwins[twinKey] = probedTwin = objects.Named(workload.Kind, workload.Name).Any(twin => twin.PodSpec is { } twinPod && HasReadinessProbe(twinPod));
            }

            if (probedTwin)
            {
                continue;
            }

            var containers = pod.Spec["containers"];
            var region = containers?.AnchorRegion ?? pod.Spec.AnchorRegion;
            sink.ReportOn(Rule, workload, region, pod.Path.Substring(workload.PathPrefix.Length) + ".containers",
                workload.Describe() + " is selected by " + service.Describe() + " but none of its containers has a readinessProbe, so the Service sends requests to its pods before they can serve: add a readinessProbe to the serving container.");
        }
    }

    private static bool IsSelectingService(KubernetesObject service) =>
        service.Root.At("spec", "selector") is { IsMapping: true } selector && selector.Entries.Count > 0 && !TemplatePlaceholder.In(selector)
        && service.Root.At("spec", "type")?.AsString() != "ExternalName";

    // Sidecar init containers (restartPolicy: Always) may carry readiness probes, and they gate the pod too.
    private static bool HasReadinessProbe(PodSpecView pod) =>
        pod.Containers.Any(c => c.Kind != ContainerKind.EphemeralContainer && c.Node["readinessProbe"] is { IsNull: false });
}
