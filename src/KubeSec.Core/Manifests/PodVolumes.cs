using System;
using System.Collections.Generic;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>One entry of <c>spec.volumes</c>: its name and its source (the one key besides <c>name</c>).</summary>
public sealed class PodVolume
{
    internal PodVolume(PodSpecView pod, YamlNode node, string name, string? type, YamlNode? source)
    {
        Pod = pod;
        Node = node;
        Name = name;
        Type = type;
        Source = source;
    }

    public PodSpecView Pod { get; }

    /// <summary>The volume's mapping.</summary>
    public YamlNode Node { get; }

    /// <summary>The volume's name, or <c>#index</c> when it has none.</summary>
    public string Name { get; }

    /// <summary>The source key, e.g. <c>hostPath</c> or <c>emptyDir</c>; null when there is none.</summary>
    public string? Type { get; }

    /// <summary>The source's value node (may be a null scalar, as in <c>emptyDir:</c>).</summary>
    public YamlNode? Source { get; }

    /// <summary>Logical path, e.g. <c>spec.volumes[data]</c>.</summary>
    public string Path => Pod.Path + ".volumes[" + Name + "]";

    public bool IsHostPath => Type == "hostPath";

    /// <summary><c>hostPath.path</c> node, when this is a hostPath volume with a string path.</summary>
    public YamlNode? HostPathNode => IsHostPath && Source?["path"] is { } path && path.AsString() is not null ? path : null;

    /// <summary>The host path as written.</summary>
    public string? HostPath => HostPathNode?.AsString();

    /// <summary>The host path with duplicate and trailing slashes removed (<c>/var//run/</c> is <c>/var/run</c>), or null.</summary>
    public string? NormalizedHostPath => HostPath is { } path ? NormalizePath(path) : null;

    /// <summary>Removes duplicate and trailing slashes and <c>.</c> segments; keeps <c>/</c> for the root.</summary>
    public static string NormalizePath(string path)
    {
        var parts = path.Trim().Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        foreach (var part in parts)
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                continue;
            }

            kept.Add(part);
        }

        return "/" + string.Join("/", kept);
    }
}

/// <summary>One entry of a container's <c>volumeMounts</c>.</summary>
public sealed class VolumeMountView
{
    internal VolumeMountView(ContainerView container, YamlNode node, string? name, PodVolume? volume)
    {
        Container = container;
        Node = node;
        VolumeName = name;
        Volume = volume;
    }

    public ContainerView Container { get; }

    public YamlNode Node { get; }

    /// <summary>The <c>name</c> the mount refers to.</summary>
    public string? VolumeName { get; }

    /// <summary>The pod volume of that name, or null when there is none.</summary>
    public PodVolume? Volume { get; }

    public string? MountPath => Node["mountPath"]?.AsString();

    /// <summary><c>readOnly</c> as a YAML boolean; false when unset (the Kubernetes default).</summary>
    public bool ReadOnly => Node["readOnly"]?.AsBoolean() == true;

    /// <summary>Logical path, e.g. <c>spec.containers[web].volumeMounts[data]</c>.</summary>
    public string Path => Container.Path + ".volumeMounts[" + (MountPath ?? VolumeName ?? "?") + "]";
}

/// <summary>Reads a pod's volumes and resolves container mounts to them.</summary>
public static class PodVolumes
{
    /// <summary>The mapping entries of <c>spec.volumes</c>, in order; other shapes are skipped.</summary>
    public static IReadOnlyList<PodVolume> Volumes(this PodSpecView pod)
    {
        var volumes = new List<PodVolume>();
        if (pod.Spec["volumes"] is not { IsSequence: true } list)
        {
            return volumes;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is not { IsMapping: true } node)
            {
                continue;
            }

            var name = node["name"]?.AsString() ?? "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? type = null;
            YamlNode? source = null;
            foreach (var entry in node.Entries)
            {
                if (entry.Key.AsString() is { } key && key != "name")
                {
                    type = key;
                    source = entry.Value;
                    break;
                }
            }

            volumes.Add(new PodVolume(pod, node, name, type, source));
        }

        return volumes;
    }

    /// <summary>The container's <c>volumeMounts</c>, each resolved to its pod volume by name.</summary>
    public static IReadOnlyList<VolumeMountView> VolumeMounts(this ContainerView container)
    {
        var mounts = new List<VolumeMountView>();
        if (container.Node["volumeMounts"] is not { IsSequence: true } list)
        {
            return mounts;
        }

        var volumes = container.Pod.Volumes();
        foreach (var item in list.Items)
        {
            if (item is not { IsMapping: true })
            {
                continue;
            }

            var name = item["name"]?.AsString();
            PodVolume? volume = null;
            foreach (var candidate in volumes)
            {
                if (name is not null && string.Equals(candidate.Name, name, StringComparison.Ordinal))
                {
                    volume = candidate; // the API server rejects duplicate names; the first one wins here.
                    break;
                }
            }

            mounts.Add(new VolumeMountView(container, item, name, volume));
        }

        return mounts;
    }
}
