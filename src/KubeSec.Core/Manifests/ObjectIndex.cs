using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeSec.Manifests;

/// <summary>Every Kubernetes object of a scan, with the look-ups cross-object rules need.</summary>
public sealed class ObjectIndex
{
    private readonly Dictionary<string, List<KubernetesObject>> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KubernetesObject>> _byNamespace = new(StringComparer.Ordinal);

    public ObjectIndex(IEnumerable<KubernetesObject> objects)
    {
        All = objects.ToArray();
        foreach (var obj in All)
        {
            if (!_byKind.TryGetValue(obj.Kind, out var list))
            {
                _byKind[obj.Kind] = list = new List<KubernetesObject>();
            }

            list.Add(obj);
            if (!_byNamespace.TryGetValue(Normalize(obj.Namespace), out var sameNamespace))
            {
                _byNamespace[Normalize(obj.Namespace)] = sameNamespace = new List<KubernetesObject>();
            }

            sameNamespace.Add(obj);
        }
    }

    public IReadOnlyList<KubernetesObject> All { get; }

    /// <summary>
    /// What a scan keeps of an object until its cross-object rules run, once the object's own rules are done.
    /// No cross-object rule reads past the metadata of a CustomResourceDefinition, and its OpenAPI schema
    /// is often most of a repository's YAML (450,000 of the test corpus's 604,000 nodes): holding those
    /// trees to the end of a scan only made the garbage collector copy them, twice.
    /// </summary>
    public static KubernetesObject Retained(KubernetesObject obj) =>
        obj.Kind == "CustomResourceDefinition" && obj.Group == "apiextensions.k8s.io" ? obj.WithHeaderOnly() : obj;

    public IReadOnlyList<KubernetesObject> OfKind(string kind) =>
        _byKind.TryGetValue(kind, out var list) ? list : (IReadOnlyList<KubernetesObject>)Array.Empty<KubernetesObject>();

    /// <summary>The objects that land in the namespace of <paramref name="near"/> (see <see cref="SameNamespace"/>), itself included.</summary>
    public IReadOnlyList<KubernetesObject> InNamespaceOf(KubernetesObject near) =>
        _byNamespace.TryGetValue(Normalize(near.Namespace), out var list) ? list : (IReadOnlyList<KubernetesObject>)Array.Empty<KubernetesObject>();

    /// <summary>Objects that run pods (any kind <see cref="PodSpecLocator"/> knows).</summary>
    public IEnumerable<KubernetesObject> Workloads => All.Where(obj => obj.PodSpec is not null);

    /// <summary>The object of a kind and name in the namespace of <paramref name="near"/>, or null.</summary>
    public KubernetesObject? Find(string kind, string name, KubernetesObject near) =>
        OfKind(kind).FirstOrDefault(obj => obj.Name == name && SameNamespace(obj, near));

    /// <summary>
    /// Whether two objects will land in one namespace. A manifest without <c>metadata.namespace</c>
    /// goes wherever it is applied (often set by kustomize or <c>kubectl -n</c>), so it is taken to
    /// share the namespace of any other object without one, and of one in <c>default</c>.
    /// </summary>
    public static bool SameNamespace(KubernetesObject a, KubernetesObject b) =>
        string.Equals(Normalize(a.Namespace), Normalize(b.Namespace), StringComparison.Ordinal);

    private static string Normalize(string ns) => ns.Length == 0 ? "default" : ns;
}
