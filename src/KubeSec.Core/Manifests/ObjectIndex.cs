using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeSec.Manifests;

/// <summary>
/// Every Kubernetes object of a scan, with the look-ups cross-object rules need. Each look-up is a
/// dictionary built once, in object order, so a rule that asks once per object stays linear in the scan
/// (a rule that scanned every object per object was quadratic, and one PDB rule cubic).
/// </summary>
public sealed class ObjectIndex
{
    private static readonly IReadOnlyList<KubernetesObject> None = Array.Empty<KubernetesObject>();

    private readonly Dictionary<string, List<KubernetesObject>> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KubernetesObject>> _byNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Namespace), List<KubernetesObject>> _byKindNamespace = new();
    private readonly Dictionary<(string Kind, string Name), List<KubernetesObject>> _byKindName = new();
    private readonly Dictionary<(string Kind, string Namespace, string Name), List<KubernetesObject>> _byKindNamespaceName = new();
    private readonly Dictionary<KubernetesObject, int> _ordinals = new(ReferenceComparer.Instance);
    private readonly Dictionary<object, object> _memo = new(ReferenceComparer.Instance);

    public ObjectIndex(IEnumerable<KubernetesObject> objects)
    {
        All = objects.ToArray();
        for (var i = 0; i < All.Count; i++)
        {
            var obj = All[i];
            var ns = NamespaceOf(obj);
            _ordinals[obj] = i;
            Add(_byKind, obj.Kind, obj);
            Add(_byNamespace, ns, obj);
            Add(_byKindNamespace, (obj.Kind, ns), obj);
            Add(_byKindName, (obj.Kind, obj.Name), obj);
            Add(_byKindNamespaceName, (obj.Kind, ns, obj.Name), obj);
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
        _byKind.TryGetValue(kind, out var list) ? list : None;

    /// <summary>The objects that land in the namespace of <paramref name="near"/> (see <see cref="SameNamespace"/>), itself included.</summary>
    public IReadOnlyList<KubernetesObject> InNamespaceOf(KubernetesObject near) => InNamespace(NamespaceOf(near));

    /// <summary>The objects of a namespace as <see cref="NamespaceOf"/> names it (<c>default</c> for none).</summary>
    public IReadOnlyList<KubernetesObject> InNamespace(string ns) =>
        _byNamespace.TryGetValue(ns, out var list) ? list : None;

    /// <summary>The objects of a kind in the namespace of <paramref name="near"/>, in scan order.</summary>
    public IReadOnlyList<KubernetesObject> OfKindInNamespaceOf(string kind, KubernetesObject near) => OfKindInNamespace(kind, NamespaceOf(near));

    /// <summary>The objects of a kind in a namespace as <see cref="NamespaceOf"/> names it, in scan order.</summary>
    public IReadOnlyList<KubernetesObject> OfKindInNamespace(string kind, string ns) =>
        _byKindNamespace.TryGetValue((kind, ns), out var list) ? list : None;

    /// <summary>The objects of a kind and name in any namespace, in scan order.</summary>
    public IReadOnlyList<KubernetesObject> Named(string kind, string name) =>
        _byKindName.TryGetValue((kind, name), out var list) ? list : None;

    /// <summary>The objects of a kind and name in the namespace of <paramref name="near"/>, in scan order.</summary>
    public IReadOnlyList<KubernetesObject> NamedNear(string kind, string name, KubernetesObject near) =>
        _byKindNamespaceName.TryGetValue((kind, NamespaceOf(near), name), out var list) ? list : None;

    /// <summary>Objects that run pods (any kind <see cref="PodSpecLocator"/> knows).</summary>
    public IEnumerable<KubernetesObject> Workloads => All.Where(obj => obj.PodSpec is not null);

    /// <summary>The first object of a kind and name in the namespace of <paramref name="near"/>, or null.</summary>
    public KubernetesObject? Find(string kind, string name, KubernetesObject near) =>
        NamedNear(kind, name, near) is { Count: > 0 } list ? list[0] : null;

    /// <summary>The position of an object in <see cref="All"/>: scan order, which decides which of several matches a message names.</summary>
    public int OrdinalOf(KubernetesObject obj) => _ordinals.TryGetValue(obj, out var ordinal) ? ordinal : int.MaxValue;

    /// <summary>
    /// A value derived from the whole index (a label index, a map of HPAs by target), built on first use
    /// and shared by every rule of the scan. <paramref name="key"/> is compared by reference: use a static
    /// object of the helper that builds it. Cross-object rules run one after another, so no lock is taken.
    /// </summary>
    public T Shared<T>(object key, Func<ObjectIndex, T> build)
        where T : class
    {
        if (!_memo.TryGetValue(key, out var value))
        {
            _memo[key] = value = build(this);
        }

        return (T)value;
    }

    /// <summary>
    /// Whether two objects will land in one namespace. A manifest without <c>metadata.namespace</c>
    /// goes wherever it is applied (often set by kustomize or <c>kubectl -n</c>), so it is taken to
    /// share the namespace of any other object without one, and of one in <c>default</c>.
    /// </summary>
    public static bool SameNamespace(KubernetesObject a, KubernetesObject b) =>
        string.Equals(NamespaceOf(a), NamespaceOf(b), StringComparison.Ordinal);

    /// <summary>The namespace an object lands in for <see cref="SameNamespace"/>: its own, or <c>default</c> when it names none.</summary>
    public static string NamespaceOf(KubernetesObject obj) => obj.Namespace.Length == 0 ? "default" : obj.Namespace;

    private static void Add<TKey>(Dictionary<TKey, List<KubernetesObject>> map, TKey key, KubernetesObject obj)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<KubernetesObject>();
        }

        list.Add(obj);
    }

    /// <summary>Identity comparison (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    internal sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
