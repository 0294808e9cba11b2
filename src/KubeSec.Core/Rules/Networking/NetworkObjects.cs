using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Networking;

/// <summary>Look-ups shared by the networking rules: which pods a selector reaches, where to point at a workload.</summary>
public static class NetworkObjects
{
    private static readonly HashSet<string> WorkloadKinds = new(PodSpecLocator.KnownKinds.Concat(new[] { "DeploymentConfig", "Rollout" }), System.StringComparer.Ordinal);

    /// <summary>
    /// Objects that run pods, for label matching: those with a pod spec, and also workload kinds whose
    /// pod spec is missing or not yet filled in (their template labels still decide what selects them).
    /// </summary>
    public static IEnumerable<KubernetesObject> Workloads(ObjectIndex objects) => objects.All.Where(IsWorkload);

    /// <summary>The workloads that land in the namespace of <paramref name="near"/>.</summary>
    public static IEnumerable<KubernetesObject> WorkloadsIn(ObjectIndex objects, KubernetesObject near) =>
        PodLabelIndex(objects).InNamespace(ObjectIndex.NamespaceOf(near)).Select(member => member.Object);

    private static readonly object PodLabelIndexKey = new();
    private static readonly object AnyMatchKey = new();
    private static readonly object OperatorNamespacesKey = new();

    /// <summary>The workloads of the scan (<see cref="Workloads"/>) indexed by their pod labels (<see cref="LabelSelector.PodLabels"/>), built once per scan.</summary>
    public static LabelIndex PodLabelIndex(ObjectIndex objects) =>
        objects.Shared(PodLabelIndexKey, all => new LabelIndex(all, Workloads(all), LabelSelector.PodLabels));

    /// <summary>
    /// Whether some workload of the namespace of <paramref name="near"/> may carry labels the selector matches
    /// (its result is not false: an unreadable selector counts, as it cannot be judged). Judged once per
    /// distinct selector and namespace, for every rule of the scan.
    /// </summary>
    public static bool AnyWorkloadMayMatch(ObjectIndex objects, KubernetesObject near, SelectorQuery selector)
    {
        var memo = objects.Shared(AnyMatchKey, _ => new Dictionary<(string, string), bool>());
        var key = (ObjectIndex.NamespaceOf(near), selector.Canonical);
        if (!memo.TryGetValue(key, out var any))
        {
            memo[key] = any = PodLabelIndex(objects).Matching(key.Item1, selector, result => result != false).Any();
        }

        return any;
    }

    public static bool IsWorkload(KubernetesObject obj) => obj.PodSpec is not null || WorkloadKinds.Contains(obj.Kind);

    /// <summary>
    /// Where a finding about a workload's pods goes: the pod template's <c>labels</c> key, else the
    /// workload's name; with the logical path (without the List prefix, as <see cref="FindingSink.ReportOn"/> adds it).
    /// </summary>
    public static (SourceRegion Region, string Path) PodLabelsAnchor(KubernetesObject workload)
    {
        var metadata = PodMetadata.OfWorkload(workload);
        var metadataPath = workload.Kind switch
        {
            "Pod" => "metadata",
            "CronJob" => "spec.jobTemplate.spec.template.metadata",
            "PodTemplate" => "template.metadata",
            _ => "spec.template.metadata",
        };
        if (metadata?["labels"] is { } labels)
        {
            return (labels.AnchorRegion, metadataPath + ".labels");
        }

        return NameAnchor(workload);
    }

    /// <summary>The object's <c>metadata.name</c> value, else its first line.</summary>
    public static (SourceRegion Region, string Path) NameAnchor(KubernetesObject obj) =>
        obj.Root.At("metadata", "name") is { } name ? (name.Region, "metadata.name") : (obj.Root.HeadRegion, "metadata");

    /// <summary>Whether the scan has a workload in the namespace of <paramref name="near"/>.</summary>
    public static bool HasWorkloadIn(ObjectIndex objects, KubernetesObject near) =>
        PodLabelIndex(objects).InNamespace(ObjectIndex.NamespaceOf(near)).Count > 0;

    /// <summary>
    /// Whether the namespace of <paramref name="near"/> holds a custom resource that may run pods through an
    /// operator (a Prometheus, a CephCluster, a Kafka cluster). Those pods' labels are the operator's choice, so
    /// selectors cannot be judged there. Custom kinds known to run no pods (monitoring and certificate objects,
    /// Istio routing) do not count.
    /// </summary>
    public static bool HasOperatorWorkloadIn(ObjectIndex objects, KubernetesObject near) =>
        HasOperatorWorkloadIn(objects, ObjectIndex.NamespaceOf(near));

    /// <summary>As <see cref="HasOperatorWorkloadIn(ObjectIndex, KubernetesObject)"/>, for a namespace as <see cref="ObjectIndex.NamespaceOf"/> names it.</summary>
    public static bool HasOperatorWorkloadIn(ObjectIndex objects, string ns) =>
        OperatorNamespaces(objects).Contains(ns);

    /// <summary>The namespaces that hold an operator's custom resource, computed once per scan.</summary>
    private static HashSet<string> OperatorNamespaces(ObjectIndex objects) =>
        objects.Shared(OperatorNamespacesKey, all => new HashSet<string>(
            all.All.Where(o => !IsWorkload(o) && IsCustomGroup(o.Group) && !PodlessCustomKinds.Contains(o.Kind)).Select(ObjectIndex.NamespaceOf),
            System.StringComparer.Ordinal));

    private static readonly HashSet<string> PodlessCustomKinds = new(System.StringComparer.Ordinal)
    {
        "ServiceMonitor", "PodMonitor", "PrometheusRule", "Probe", "ScrapeConfig", "AlertmanagerConfig",
        "Certificate", "CertificateRequest", "Issuer", "ClusterIssuer",
        "VirtualService", "DestinationRule", "Gateway", "ServiceEntry", "Sidecar", "PeerAuthentication", "AuthorizationPolicy", "RequestAuthentication",
        "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "ReferenceGrant", "BackendTLSPolicy",
        "SealedSecret", "ExternalSecret", "SecretStore",
    };

    private static bool IsCustomGroup(string group) =>
        group.IndexOf('.') > 0 && !group.EndsWith(".k8s.io", System.StringComparison.Ordinal);

    /// <summary>True when the selector has no labels at all (<c>{}</c>, null, or missing), i.e. it selects every pod.</summary>
    public static bool IsEmptySelector(YamlNode? selector) =>
        selector is null || selector.IsNull
        || (selector.IsMapping && (selector["matchLabels"] is null || selector["matchLabels"]!.IsNull || selector["matchLabels"]!.Entries.Count == 0)
            && (selector["matchExpressions"] is null || selector["matchExpressions"]!.IsNull || selector["matchExpressions"]!.Items.Count == 0));
}
