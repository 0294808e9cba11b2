using KubeSec.Manifests;
using KubeSec.Yaml;

namespace KubeSec.Rules.Rbac;

/// <summary>Which ServiceAccount a pod spec runs as, as the API server resolves it.</summary>
public readonly struct ServiceAccountUse
{
    private ServiceAccountUse(string name, YamlNode? node, string field)
    {
        Name = name;
        Node = node;
        Field = field;
    }

    /// <summary>The effective name: <c>serviceAccountName</c>, else the deprecated <c>serviceAccount</c>, else <c>default</c>.</summary>
    public string Name { get; }

    /// <summary>The value node that names it, or null when the pod falls back to <c>default</c>.</summary>
    public YamlNode? Node { get; }

    /// <summary>The field that named it (<c>serviceAccountName</c> or <c>serviceAccount</c>), empty when neither.</summary>
    public string Field { get; }

    public bool IsDefault => Name == "default";

    /// <summary>True when the name is a template placeholder we cannot judge.</summary>
    public bool IsTemplated => TemplatePlaceholder.In(Name);

    public static ServiceAccountUse Of(PodSpecView pod)
    {
        foreach (var field in new[] { "serviceAccountName", "serviceAccount" })
        {
            if (pod.Spec[field] is { } node && node.AsString() is { Length: > 0 } name)
            {
                return new ServiceAccountUse(name, node, field);
            }
        }

        return new ServiceAccountUse("default", null, string.Empty);
    }
}
