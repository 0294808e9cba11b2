using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

public sealed class KS2016NoHostAntiAffinity : ManifestRule
{
    private const string HostnameKey = "kubernetes.io/hostname";

    public static readonly RuleDescriptor Rule = new("KS2016", "NoHostAntiAffinity", "Replicated workload does not spread its pods across nodes", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A Deployment or StatefulSet (or Argo Rollout, OpenShift DeploymentConfig) with more than one replica and no pod anti-affinity on kubernetes.io/hostname that selects its own pods may have all its replicas scheduled on one node, which then takes them all down when it fails or is drained. A topologySpreadConstraint on kubernetes.io/hostname that selects the pods counts as well. Workloads that set replicas to 0 or 1 are skipped.",
        Fix = "Add a preferred (or required) podAntiAffinity term with topologyKey kubernetes.io/hostname and a labelSelector matching the pod labels, or a topologySpreadConstraint on that key.",
        Equivalents = new[] { "kube-linter:no-anti-affinity", "kube-score:deployment-has-host-podantiaffinity", "kube-score:statefulset-has-host-podantiaffinity" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (!WorkloadShape.IsReplicated(obj) || obj.PodSpec is not { } pod || WorkloadShape.Replicas(obj) is < 2)
        {
            return;
        }

        var labels = WorkloadLinks.PodLabels(obj);
        var antiAffinity = pod.Spec.At("affinity", "podAntiAffinity");
        if (antiAffinity is { IsMapping: true } &&
            (AnyTermSpreads(antiAffinity["requiredDuringSchedulingIgnoredDuringExecution"], obj, labels, weighted: false) ||
             AnyTermSpreads(antiAffinity["preferredDuringSchedulingIgnoredDuringExecution"], obj, labels, weighted: true)))
        {
            return;
        }

        if (pod.Spec["topologySpreadConstraints"] is { IsSequence: true } constraints)
        {
            foreach (var constraint in constraints.Items)
            {
                if (constraint["topologyKey"]?.AsString() == HostnameKey &&
                    LabelSelector.Parse(constraint["labelSelector"]) is { } selector && selector.Matches(labels))
                {
                    return;
                }
            }
        }

        var region = pod.Spec["affinity"]?.AnchorRegion ?? pod.Spec.AnchorRegion;
        sink.Report(Rule, region, pod.Path + ".affinity.podAntiAffinity",
            obj.Describe() + " has no pod anti-affinity or topology spread on kubernetes.io/hostname that selects its own pods, so all its replicas can land on one node: add a preferred podAntiAffinity term on that key.",
            obj.Reference);
    }

    private static bool AnyTermSpreads(YamlNode? terms, KubernetesObject obj, IReadOnlyDictionary<string, string> labels, bool weighted)
    {
        if (terms is not { IsSequence: true })
        {
            return false;
        }

        foreach (var item in terms.Items)
        {
            var term = weighted ? item["podAffinityTerm"] : item;
            if (term is { IsMapping: true } &&
                term["topologyKey"]?.AsString() == HostnameKey &&
                LabelSelector.Parse(term["labelSelector"]) is { } selector && selector.Matches(labels) &&
                CoversOwnNamespace(term, obj))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A term applies to the pod's own namespace when it lists no namespaces and has no namespaceSelector,
    /// when namespaces names it (any name when the manifest leaves its namespace to the apply), or when
    /// a namespaceSelector is given (it cannot be evaluated statically, so it is given the benefit of the doubt).
    /// </summary>
    private static bool CoversOwnNamespace(YamlNode term, KubernetesObject obj)
    {
        if (term["namespaceSelector"] is { IsMapping: true })
        {
            return true;
        }

        if (term["namespaces"] is not { IsSequence: true } namespaces || namespaces.Items.Count == 0 || obj.Namespace.Length == 0)
        {
            return true;
        }

        foreach (var ns in namespaces.Items)
        {
            if (ns.AsString() == obj.Namespace)
            {
                return true;
            }
        }

        return false;
    }
}
