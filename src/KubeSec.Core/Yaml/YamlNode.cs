using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Yaml;

public enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// One node of a loaded YAML document with its exact region. A light tree of our own (rather than
/// YamlDotNet's representation model) so that duplicate keys, merge keys and aliases follow the
/// rules kubectl applies, and so that an alias is shared, never copied.
/// </summary>
public sealed class YamlNode
{
    private static readonly YamlNode[] NoItems = Array.Empty<YamlNode>();
    private static readonly YamlEntry[] NoEntries = Array.Empty<YamlEntry>();

    // Exact-size arrays, set once when the collection is complete: a scan keeps every tree until the
    // cross-object rules have run, so each object per node is one more the GC copies and traces.
    private YamlEntry[] _entries = NoEntries;
    private YamlNode[] _items = NoItems;

    internal YamlNode(YamlNodeKind kind, SourceRegion region, string? value = null, bool isPlain = false, string? tag = null)
    {
        Kind = kind;
        Region = region;
        Value = value;
        IsPlain = isPlain;
        Tag = tag;
    }

    public YamlNodeKind Kind { get; }

    /// <summary>From the node's first character to just after its last one.</summary>
    public SourceRegion Region { get; internal set; }

    /// <summary>The text of a scalar; null for mappings and sequences.</summary>
    public string? Value { get; }

    /// <summary>True for an unquoted scalar: only those can be booleans, numbers or null.</summary>
    public bool IsPlain { get; }

    public string? Tag { get; }

    /// <summary>The key this node is the value of in its parent mapping, when it has one.</summary>
    public YamlNode? Key { get; internal set; }

    public IReadOnlyList<YamlEntry> Entries => _entries;

    public IReadOnlyList<YamlNode> Items => _items;

    public bool IsMapping => Kind == YamlNodeKind.Mapping;

    public bool IsSequence => Kind == YamlNodeKind.Sequence;

    public bool IsScalar => Kind == YamlNodeKind.Scalar;

    /// <summary>A plain <c>null</c>, <c>~</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && (Value is null || Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <summary>The value under <paramref name="key"/> in a mapping, or null (also for non-mappings).</summary>
    public YamlNode? this[string key]
    {
        get
        {
            foreach (var entry in _entries)
            {
                if (entry.Key.Kind == YamlNodeKind.Scalar && string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Follows a path of keys; null as soon as one is missing.</summary>
    public YamlNode? At(params string[] keys)
    {
        YamlNode? node = this;
        foreach (var key in keys)
        {
            node = node?[key];
        }

        return node;
    }

    /// <summary>The scalar's text when this is a non-null scalar (numbers and booleans included).</summary>
    public string? AsString() => Kind == YamlNodeKind.Scalar && !IsNull ? Value : null;

    /// <summary>
    /// A YAML boolean as Kubernetes reads it (go-yaml, YAML 1.1): plain <c>true</c>/<c>yes</c>/<c>on</c>
    /// and their false forms in any of the three casings. A quoted "true" is a string, not a boolean.
    /// </summary>
    public bool? AsBoolean()
    {
        if (Kind != YamlNodeKind.Scalar || !IsPlain || Value is null)
        {
            return null;
        }

        switch (Value)
        {
            case "true": case "True": case "TRUE":
            case "yes": case "Yes": case "YES":
            case "on": case "On": case "ON":
            case "y": case "Y":
                return true;
            case "false": case "False": case "FALSE":
            case "no": case "No": case "NO":
            case "off": case "Off": case "OFF":
            case "n": case "N":
                return false;
            default:
                return null;
        }
    }

    /// <summary>A plain integer scalar (decimal, with optional sign), else null.</summary>
    public long? AsInteger()
    {
        if (Kind != YamlNodeKind.Scalar || !IsPlain || Value is null)
        {
            return null;
        }

        return long.TryParse(Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>
    /// The region to point at for this node: its key when it is a mapping value (a finding on a
    /// whole <c>securityContext:</c> block points at that word), else the node itself.
    /// </summary>
    public SourceRegion AnchorRegion => Key?.Region ?? HeadRegion;

    /// <summary>The node's first line only, so a finding on a big block does not span the whole block.</summary>
    public SourceRegion HeadRegion
    {
        get
        {
            if (Kind == YamlNodeKind.Mapping && _entries.Length > 0)
            {
                var first = _entries[0];
                var end = first.Value.Kind == YamlNodeKind.Scalar && first.Value.Region.StartLine == first.Key.Region.StartLine
                    ? first.Value.Region
                    : first.Key.Region;
                return new SourceRegion(Region.StartLine, Region.StartColumn, end.EndLine, end.EndColumn);
            }

            return Region.StartLine == Region.EndLine
                ? Region
                : new SourceRegion(Region.StartLine, Region.StartColumn, Region.StartLine, Region.StartColumn + 1);
        }
    }

    /// <summary>Sets a completed mapping's entries (the builder has applied duplicates and merge keys).</summary>
    internal void Complete(YamlEntry[] entries) => _entries = entries;

    /// <summary>Sets a completed sequence's items.</summary>
    internal void Complete(YamlNode[] items) => _items = items;
}

/// <summary>One key/value pair of a mapping.</summary>
public readonly struct YamlEntry
{
    public YamlEntry(YamlNode key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlNode Key { get; }
    public YamlNode Value { get; }
}
