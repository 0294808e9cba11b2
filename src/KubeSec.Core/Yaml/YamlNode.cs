using System;
using System.Collections.Generic;
using System.Threading;
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

    /// <summary>Mappings with more entries than this get a key index; below it a scan is cheaper.</summary>
    internal const int IndexThreshold = 8;

    // Exact-size arrays, set once when the collection is complete: a scan keeps every tree until the
    // cross-object rules have run, so each object per node is one more the GC copies and traces.
    // One field for both, since a node is a mapping or a sequence, never both: the key index below then
    // costs no memory per node over the tree it replaces.
    private object _children = NoItems;
    private Dictionary<string, int>? _index;

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

    public IReadOnlyList<YamlEntry> Entries => EntryArray;

    public IReadOnlyList<YamlNode> Items => _children as YamlNode[] ?? NoItems;

    private YamlEntry[] EntryArray => _children as YamlEntry[] ?? NoEntries;

    public bool IsMapping => Kind == YamlNodeKind.Mapping;

    public bool IsSequence => Kind == YamlNodeKind.Sequence;

    public bool IsScalar => Kind == YamlNodeKind.Scalar;

    /// <summary>What kubectl reads this scalar as (see <see cref="YamlScalar"/>); String for mappings and sequences.</summary>
    public YamlScalarValue Scalar => Kind == YamlNodeKind.Scalar ? YamlScalar.Resolve(Value, Tag, IsPlain) : new YamlScalarValue(YamlScalarType.String);

    /// <summary>YAML's null as kubectl reads it: plain <c>null</c>, <c>~</c>, empty, or tagged <c>!!null</c>.</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && (IsPlain || Tag is not null) && Scalar.Type == YamlScalarType.Null;

    /// <summary>The value under <paramref name="key"/> in a mapping, or null (also for non-mappings).</summary>
    /// <remarks>
    /// Keys are matched by the name kubectl gives them (<see cref="YamlScalar.KeyName"/>). Small mappings, almost
    /// all of them, are scanned; a large one gets an index on its first lookup, so no rule is quadratic in it.
    /// </remarks>
    public YamlNode? this[string key]
    {
        get
        {
            var entries = EntryArray;
            if (entries.Length <= IndexThreshold)
            {
                foreach (var entry in entries)
                {
                    if (string.Equals(YamlScalar.KeyName(entry.Key), key, StringComparison.Ordinal))
                    {
                        return entry.Value;
                    }
                }

                return null;
            }

            var index = Volatile.Read(ref _index) ?? BuildIndex(entries);
            return index.TryGetValue(key, out var position) ? entries[position].Value : null;
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

    /// <summary>
    /// The scalar's text when this is a non-null scalar (numbers and booleans included); the decoded text of a
    /// <c>!!binary</c> scalar, which is what kubectl sends.
    /// </summary>
    public string? AsString()
    {
        if (Kind != YamlNodeKind.Scalar || IsNull)
        {
            return null;
        }

        return Tag == YamlScalar.BinaryTag ? YamlScalar.DecodeBinary(Value ?? string.Empty) ?? Value : Value;
    }

    /// <summary>
    /// A YAML boolean as kubectl reads it (go-yaml v2, YAML 1.1): <c>true</c>/<c>yes</c>/<c>on</c>/<c>y</c> and
    /// their false forms in the three casings, or any of them tagged <c>!!bool</c> (quoted or not). An untagged
    /// quoted "true" is a string, not a boolean.
    /// </summary>
    public bool? AsBoolean() => Kind == YamlNodeKind.Scalar && Scalar is { Type: YamlScalarType.Boolean } value ? value.Boolean : null;

    /// <summary>
    /// An integer as kubectl reads it: Go's base prefixes (<c>0x</c>, <c>0o</c>, <c>0b</c>, a leading <c>0</c> for
    /// octal), underscores and signs, an <c>!!int</c> tag, and a float with no fraction (<c>1.0</c>, <c>1e3</c>),
    /// which the conversion to JSON turns into a whole number. Null for anything else.
    /// </summary>
    public long? AsInteger() => Kind == YamlNodeKind.Scalar ? YamlScalar.ToInteger(Scalar) : null;

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
            if (Kind == YamlNodeKind.Mapping && EntryArray is { Length: > 0 } entries)
            {
                var first = entries[0];
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
    internal void Complete(YamlEntry[] entries)
    {
        _children = entries;
        _index = null;
    }

    private Dictionary<string, int> BuildIndex(YamlEntry[] entries)
    {
        var index = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (YamlScalar.KeyName(entries[i].Key) is { } name)
            {
                index[name] = i;
            }
        }

        // Built whole before it is published: a reader on another thread sees either no index or a complete one.
        Volatile.Write(ref _index, index);
        return index;
    }

    /// <summary>Sets a completed sequence's items.</summary>
    internal void Complete(YamlNode[] items) => _children = items;
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
