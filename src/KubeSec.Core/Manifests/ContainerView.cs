using System.Globalization;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

public enum ContainerKind
{
    Container,
    InitContainer,
    EphemeralContainer,
}

/// <summary>
/// One container of a pod spec. Resolves the security settings a container inherits from the pod,
/// the main source of false positives in other linters.
/// </summary>
public sealed class ContainerView
{
    internal ContainerView(PodSpecView pod, YamlNode node, ContainerKind kind, string field, int index)
    {
        Pod = pod;
        Node = node;
        Kind = kind;
        Name = node["name"]?.AsString() ?? "#" + index.ToString(CultureInfo.InvariantCulture);
        Path = pod.Path + "." + field + "[" + Name + "]";
    }

    public PodSpecView Pod { get; }

    public KubernetesObject Owner => Pod.Owner;

    public YamlNode Node { get; }

    public ContainerKind Kind { get; }

    /// <summary>The container's name, or <c>#index</c> when it has none.</summary>
    public string Name { get; }

    /// <summary>Logical path, e.g. <c>spec.template.spec.containers[web]</c>: by name, so reordering keeps fingerprints.</summary>
    public string Path { get; }

    public YamlNode? SecurityContext => Node["securityContext"] is { IsMapping: true } context ? context : null;

    /// <summary>
    /// A security setting as it applies to this container: the container's own value, else the
    /// pod's (for the fields Kubernetes inherits: runAsNonRoot, runAsUser, runAsGroup,
    /// seccompProfile, seLinuxOptions, appArmorProfile, windowsOptions).
    /// </summary>
    public InheritedSetting Effective(string field)
    {
        var own = SecurityContext?[field];
        if (own is not null && !own.IsNull)
        {
            return new InheritedSetting(own, Path + ".securityContext." + field, fromPod: false);
        }

        var inherited = Pod.SecurityContext?[field];
        if (inherited is not null && !inherited.IsNull)
        {
            return new InheritedSetting(inherited, Pod.Path + ".securityContext." + field, fromPod: true);
        }

        return new InheritedSetting(null, Path + ".securityContext." + field, fromPod: false);
    }

    /// <summary>
    /// Where to point when a container-level field is missing: the container's securityContext key
    /// if there is one, else the container's first line.
    /// </summary>
    public SourceRegion MissingFieldRegion => SecurityContext?.AnchorRegion ?? Node.HeadRegion;

    /// <summary>For messages: <c>Deployment 'api' container 'web'</c>.</summary>
    public string Describe()
    {
        var sort = Kind switch
        {
            ContainerKind.InitContainer => "init container",
            ContainerKind.EphemeralContainer => "ephemeral container",
            _ => "container",
        };
        return Owner.Describe() + " " + sort + " '" + Name + "'";
    }
}

/// <summary>A setting's node (null when set nowhere), its logical path, and whether it came from the pod.</summary>
public readonly struct InheritedSetting
{
    public InheritedSetting(YamlNode? node, string path, bool fromPod)
    {
        Node = node;
        Path = path;
        FromPod = fromPod;
    }

    public YamlNode? Node { get; }
    public string Path { get; }
    public bool FromPod { get; }
}
