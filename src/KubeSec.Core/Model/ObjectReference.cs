namespace KubeSec.Model;

/// <summary>The Kubernetes object a finding is about: kind, namespace (may be empty) and name.</summary>
public sealed class ObjectReference
{
    public ObjectReference(string kind, string? @namespace, string name)
    {
        Kind = kind;
        Namespace = @namespace ?? string.Empty;
        Name = name;
    }

    public string Kind { get; }
    public string Namespace { get; }
    public string Name { get; }

    /// <summary>Written <c>Kind/namespace/name</c>, or <c>Kind/name</c> without a namespace.</summary>
    public override string ToString() =>
        Namespace.Length == 0 ? Kind + "/" + Name : Kind + "/" + Namespace + "/" + Name;
}
