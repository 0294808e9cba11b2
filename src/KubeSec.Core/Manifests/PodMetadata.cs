using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>The metadata of the pods a spec describes: the object's own for a Pod, the template's otherwise.</summary>
public static class PodMetadata
{
    /// <summary>
    /// <c>metadata.annotations</c> of the pod: for a Pod the object's, for a workload the pod template's
    /// (<c>spec.template.metadata</c>), which is where Kubernetes reads pod annotations from.
    /// </summary>
    public static YamlNode? Annotations(this PodSpecView pod)
    {
        var metadata = Metadata(pod);
        return metadata?["annotations"] is { IsMapping: true } annotations ? annotations : null;
    }

    /// <summary>The metadata of the pods a workload object runs (CronJob and PodTemplate included), or null.</summary>
    public static YamlNode? OfWorkload(KubernetesObject workload) => workload.Kind switch
    {
        "Pod" => workload.Root["metadata"],
        "CronJob" => workload.Root.At("spec", "jobTemplate", "spec", "template", "metadata"),
        "PodTemplate" => workload.Root.At("template", "metadata"),
        _ => workload.Root.At("spec", "template", "metadata"),
    };

    /// <summary>The pod's annotation value node by key, or null.</summary>
    public static YamlNode? Annotation(this PodSpecView pod, string key) => pod.Annotations()?[key];

    /// <summary>Logical path of the pod's annotations, e.g. <c>spec.template.metadata.annotations</c>.</summary>
    public static string AnnotationsPath(this PodSpecView pod) => ParentPath(pod.Path) + "metadata.annotations";

    private static YamlNode? Metadata(PodSpecView pod)
    {
        // The spec's path is "spec" for a Pod or "<...>.template.spec" otherwise: metadata is its sibling.
        var own = pod.Path.StartsWith(pod.Owner.PathPrefix, System.StringComparison.Ordinal) ? pod.Path.Substring(pod.Owner.PathPrefix.Length) : pod.Path;
        var parent = ParentPath(own);
        YamlNode? node = pod.Owner.Root;
        if (parent.Length > 0)
        {
            foreach (var key in parent.TrimEnd('.').Split('.'))
            {
                node = node?[key];
            }
        }

        return node?["metadata"] is { IsMapping: true } metadata ? metadata : null;
    }

    private static string ParentPath(string specPath)
    {
        var dot = specPath.LastIndexOf('.');
        return dot < 0 ? string.Empty : specPath.Substring(0, dot + 1);
    }
}
