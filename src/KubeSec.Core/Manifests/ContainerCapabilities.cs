using System;
using System.Collections.Generic;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>One entry of <c>capabilities.add</c> or <c>.drop</c>: its node and its normalized name.</summary>
public readonly struct CapabilityEntry
{
    public CapabilityEntry(YamlNode node, string name)
    {
        Node = node;
        Name = name;
    }

    public YamlNode Node { get; }

    /// <summary>Upper case, without a <c>CAP_</c> prefix: how container runtimes read the name.</summary>
    public string Name { get; }
}

/// <summary>
/// A container's <c>securityContext.capabilities</c>, read the way container runtimes read it:
/// names compared case-insensitively with an optional <c>CAP_</c> prefix, <c>ALL</c> meaning every
/// capability. Capabilities are container-only: the pod's securityContext has none to inherit.
/// </summary>
public sealed class ContainerCapabilities
{
    public const string All = "ALL";

    private ContainerCapabilities(ContainerView container)
    {
        Container = container;
        Node = container.SecurityContext?["capabilities"] is { IsMapping: true } caps ? caps : null;
        AddNode = Node?["add"] is { IsSequence: true } add ? add : null;
        DropNode = Node?["drop"] is { IsSequence: true } drop ? drop : null;
        Added = Read(AddNode);
        Dropped = Read(DropNode);
    }

    public ContainerView Container { get; }

    /// <summary>The <c>capabilities</c> mapping, or null when absent (or not a mapping).</summary>
    public YamlNode? Node { get; }

    public YamlNode? AddNode { get; }

    public YamlNode? DropNode { get; }

    public IReadOnlyList<CapabilityEntry> Added { get; }

    public IReadOnlyList<CapabilityEntry> Dropped { get; }

    /// <summary>Logical path of the capabilities block.</summary>
    public string Path => Container.Path + ".securityContext.capabilities";

    public static ContainerCapabilities Of(ContainerView container) => new(container);

    /// <summary>Upper case, <c>CAP_</c> prefix removed, surrounding blanks trimmed.</summary>
    public static string Normalize(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        return upper.StartsWith("CAP_", StringComparison.Ordinal) ? upper.Substring(4) : upper;
    }

    /// <summary>True when drop names the capability or ALL.</summary>
    public bool Drops(string capability)
    {
        foreach (var entry in Dropped)
        {
            if (entry.Name == All || entry.Name == capability)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when drop names ALL.</summary>
    public bool DropsAll
    {
        get
        {
            foreach (var entry in Dropped)
            {
                if (entry.Name == All)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Where to point when drop lacks something: the <c>drop</c> key, else the <c>capabilities</c> key,
    /// else the container's securityContext key or first line.
    /// </summary>
    public Model.SourceRegion MissingDropRegion => DropNode?.AnchorRegion ?? Node?.AnchorRegion ?? Container.MissingFieldRegion;

    private static List<CapabilityEntry> Read(YamlNode? list)
    {
        var entries = new List<CapabilityEntry>();
        if (list is null)
        {
            return entries;
        }

        foreach (var item in list.Items)
        {
            if (item.AsString() is { Length: > 0 } text)
            {
                entries.Add(new CapabilityEntry(item, Normalize(text)));
            }
        }

        return entries;
    }
}
