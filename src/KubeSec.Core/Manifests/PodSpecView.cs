using System.Collections.Generic;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>A pod spec inside a workload, with its containers of all three sorts.</summary>
public sealed class PodSpecView
{
    private List<ContainerView>? _containers;

    internal PodSpecView(KubernetesObject owner, YamlNode spec, string path)
    {
        Owner = owner;
        Spec = spec;
        Path = path;
    }

    public KubernetesObject Owner { get; }

    public YamlNode Spec { get; }

    /// <summary>Logical path of the spec, e.g. <c>spec.template.spec</c>.</summary>
    public string Path { get; }

    /// <summary><c>spec.securityContext</c>, whose settings containers inherit unless they override them.</summary>
    public YamlNode? SecurityContext => Spec["securityContext"] is { IsMapping: true } context ? context : null;

    /// <summary>True when <c>spec.os.name</c> is windows: Linux-only settings do not apply.</summary>
    public bool IsWindows => string.Equals(Spec.At("os", "name")?.AsString(), "windows", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>containers, initContainers and ephemeralContainers, in that order.</summary>
    public IReadOnlyList<ContainerView> Containers => _containers ??= ReadContainers();

    private List<ContainerView> ReadContainers()
    {
        var containers = new List<ContainerView>();
        Add(containers, "containers", ContainerKind.Container);
        Add(containers, "initContainers", ContainerKind.InitContainer);
        Add(containers, "ephemeralContainers", ContainerKind.EphemeralContainer);
        return containers;
    }

    private void Add(List<ContainerView> containers, string field, ContainerKind kind)
    {
        if (Spec[field] is not { IsSequence: true } list)
        {
            return;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is { IsMapping: true } node)
            {
                containers.Add(new ContainerView(this, node, kind, field, i));
            }
        }
    }
}
