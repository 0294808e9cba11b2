using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>
/// Objects of one population (workloads by pod labels, Services by their own labels) indexed by
/// namespace, label key and label key/value, so that a selector is tested only against the objects that
/// can carry its narrowest requirement instead of against the whole namespace. A selector with no
/// requirement that narrows (empty, or only NotIn/DoesNotExist, or only keys controllers add) falls
/// back to the namespace. Members keep scan order in every bucket, so "the first match" is unchanged.
/// </summary>
public sealed class LabelIndex
{
    private static readonly IReadOnlyList<Member> NoMembers = Array.Empty<Member>();

    private readonly Dictionary<string, Scope> _namespaces = new(StringComparer.Ordinal);
    private readonly Scope _everywhere = new();

    public LabelIndex(ObjectIndex objects, IEnumerable<KubernetesObject> members, Func<KubernetesObject, IReadOnlyDictionary<string, string>> labelsOf)
    {
        foreach (var obj in members)
        {
            var member = new Member(obj, labelsOf(obj), objects.OrdinalOf(obj));
            var ns = ObjectIndex.NamespaceOf(obj);
            if (!_namespaces.TryGetValue(ns, out var scope))
            {
                _namespaces[ns] = scope = new Scope();
            }

            scope.Add(member);
            _everywhere.Add(member);
        }
    }

    /// <summary>How many label sets selectors were tested against: the work the index bounds, read by the scaling tests.</summary>
    public long Comparisons { get; private set; }

    /// <summary>The members of a namespace as <see cref="ObjectIndex.NamespaceOf"/> names it (null: of every namespace), in scan order.</summary>
    public IReadOnlyList<Member> InNamespace(string? ns) => ScopeOf(ns)?.Members ?? NoMembers;

    /// <summary>
    /// The members of <paramref name="ns"/> (null: every namespace) for which <paramref name="selector"/> gives a
    /// result that <paramref name="accept"/> takes, in scan order. Only the candidates of its narrowest requirement are tested.
    /// </summary>
    public IEnumerable<Member> Matching(string? ns, SelectorQuery selector, Func<bool?, bool> accept)
    {
        foreach (var member in Candidates(ns, selector))
        {
            Comparisons++;
            if (accept(selector.Evaluate(member.Labels)))
            {
                yield return member;
            }
        }
    }

    /// <summary>The members a selector can match: those of its narrowest requirement, else the whole namespace.</summary>
    public IReadOnlyList<Member> Candidates(string? ns, SelectorQuery selector)
    {
        if (ScopeOf(ns) is not { } scope)
        {
            return NoMembers;
        }

        var bestSize = scope.Members.Count;
        (string Key, IReadOnlyList<string>? Values)? chosen = null;
        foreach (var narrowing in selector.Narrowings)
        {
            var size = 0;
            if (narrowing.Values is null)
            {
                size = scope.ByKey.TryGetValue(narrowing.Key, out var withKey) ? withKey.Count : 0;
            }
            else
            {
                foreach (var value in narrowing.Values)
                {
                    size += scope.ByLabel.TryGetValue((narrowing.Key, value), out var withValue) ? withValue.Count : 0;
                }
            }

            if (size == 0)
            {
                return NoMembers;
            }

            if (size < bestSize)
            {
                bestSize = size;
                chosen = narrowing;
            }
        }

        return chosen is not { } best ? scope.Members
            : best.Values is null ? scope.ByKey[best.Key]
            : scope.Union(best.Key, best.Values);
    }

    private Scope? ScopeOf(string? ns) => ns is null ? _everywhere : _namespaces.TryGetValue(ns, out var scope) ? scope : null;

    /// <summary>The members of one namespace (or of all), by label key and by label key and value.</summary>
    private sealed class Scope
    {
        public List<Member> Members { get; } = new();

        public Dictionary<string, List<Member>> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Key, string Value), List<Member>> ByLabel { get; } = new();

        public void Add(Member member)
        {
            Members.Add(member);
            foreach (var label in member.Labels)
            {
                Append(ByKey, label.Key, member);
                Append(ByLabel, (label.Key, label.Value), member);
            }
        }

        /// <summary>The members whose label <paramref name="key"/> is one of <paramref name="values"/>, in scan order (a member has one value per key, so no duplicates).</summary>
        public IReadOnlyList<Member> Union(string key, IReadOnlyList<string> values)
        {
            if (values.Count == 1)
            {
                return ByLabel.TryGetValue((key, values[0]), out var single) ? single : NoMembers;
            }

            var union = new List<Member>();
            foreach (var value in values)
            {
                if (ByLabel.TryGetValue((key, value), out var withValue))
                {
                    union.AddRange(withValue);
                }
            }

            union.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
            return union;
        }

        private static void Append<TKey>(Dictionary<TKey, List<Member>> map, TKey key, Member member)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<Member>();
            }

            list.Add(member);
        }
    }

    /// <summary>One indexed object with the labels it was indexed by and its scan position.</summary>
    public sealed class Member
    {
        public Member(KubernetesObject obj, IReadOnlyDictionary<string, string> labels, int ordinal)
        {
            Object = obj;
            Labels = labels;
            Ordinal = ordinal;
        }

        public KubernetesObject Object { get; }

        public IReadOnlyDictionary<string, string> Labels { get; }

        public int Ordinal { get; }
    }
}

/// <summary>
/// A selector read once, with what <see cref="LabelIndex"/> needs: its result on a label set (as
/// <see cref="LabelSelector.Test"/> or <see cref="LabelSelector.TestMap"/> give it), the requirements
/// that narrow the candidates, and a canonical text: two selectors with the same text select the same
/// label sets, so rules can judge each distinct selector once.
/// </summary>
public sealed class SelectorQuery
{
    private static readonly IReadOnlyList<(string Key, IReadOnlyList<string>? Values)> NoNarrowings = Array.Empty<(string, IReadOnlyList<string>?)>();

    private readonly LabelSelector? _parsed;
    private readonly bool? _constant;

    private SelectorQuery(LabelSelector? parsed, bool? constant, string canonical, IReadOnlyList<(string Key, IReadOnlyList<string>? Values)> narrowings)
    {
        _parsed = parsed;
        _constant = constant;
        Canonical = canonical;
        Narrowings = narrowings;
    }

    /// <summary>Equal for selectors that select the same label sets.</summary>
    public string Canonical { get; }

    /// <summary>Requirements a matching label set must meet on a key: one of the values, or (null) the key present.</summary>
    public IReadOnlyList<(string Key, IReadOnlyList<string>? Values)> Narrowings { get; }

    /// <summary>True when the selector reads as no requirement at all (<c>{}</c>), so it matches every label set.</summary>
    public bool IsEmpty => _parsed is { IsEmpty: true };

    /// <summary>As <see cref="LabelSelector.Test"/>: an absent selector matches everything, an unreadable one is null.</summary>
    public static SelectorQuery ForSelector(YamlNode? node)
    {
        if (node is null || node.IsNull)
        {
            return new SelectorQuery(null, true, "*", NoNarrowings);
        }

        return LabelSelector.Parse(node) is { IsValid: true } parsed ? Readable(parsed, node, map: false) : Unreadable;
    }

    /// <summary>As <see cref="LabelSelector.TestMap"/>: a Service's plain map of labels; null when unreadable.</summary>
    public static SelectorQuery ForMap(YamlNode? node) =>
        LabelSelector.ParseMap(node) is { IsValid: true } parsed ? Readable(parsed, node!, map: true) : Unreadable;

    private static SelectorQuery Unreadable => new(null, null, "?", NoNarrowings);

    /// <summary>The selector's result on a label set: true, false, or null when it cannot be read.</summary>
    public bool? Evaluate(IReadOnlyDictionary<string, string> labels) => _parsed is { } parsed ? parsed.Matches(labels) : _constant;

    // Only called on a selector LabelSelector read as valid, so every entry and expression has the shape it checked.
    private static SelectorQuery Readable(LabelSelector parsed, YamlNode node, bool map)
    {
        var requirements = new List<(string Key, string Operator, List<string> Values)>();
        var equalities = map ? node : node["matchLabels"];
        if (equalities is { IsMapping: true })
        {
            foreach (var entry in equalities.Entries)
            {
                requirements.Add((entry.Key.AsString()!, "In", new List<string> { entry.Value.AsString() ?? string.Empty }));
            }
        }

        if (!map && node["matchExpressions"] is { IsSequence: true } expressions)
        {
            foreach (var expression in expressions.Items)
            {
                var values = new List<string>();
                if (expression["values"] is { IsSequence: true } list)
                {
                    foreach (var item in list.Items)
                    {
                        values.Add(item.AsString() ?? string.Empty);
                    }
                }

                requirements.Add((expression["key"]!.AsString()!, expression["operator"]!.AsString()!, values));
            }
        }

        var texts = new List<string>(requirements.Count);
        var narrowings = new List<(string Key, IReadOnlyList<string>? Values)>();
        foreach (var (key, op, values) in requirements)
        {
            values.Sort(StringComparer.Ordinal);
            var text = new StringBuilder().Append(op).Append(' ').Append(Counted(key));
            string? previous = null;
            var distinct = new List<string>(values.Count);
            foreach (var value in values)
            {
                if (!string.Equals(value, previous, StringComparison.Ordinal))
                {
                    text.Append(' ').Append(Counted(value));
                    distinct.Add(value);
                }

                previous = value;
            }

            texts.Add(text.ToString());

            // A key controllers add to pods counts as met when absent (see LabelSelector), so it narrows nothing.
            if (!LabelSelector.IsControllerLabel(key))
            {
                if (op == "In")
                {
                    narrowings.Add((key, distinct));
                }
                else if (op == "Exists")
                {
                    narrowings.Add((key, null));
                }
            }
        }

        texts.Sort(StringComparer.Ordinal);
        var canonical = new StringBuilder("=");
        string? last = null;
        foreach (var text in texts)
        {
            if (!string.Equals(text, last, StringComparison.Ordinal))
            {
                canonical.Append('\n').Append(text);
            }

            last = text;
        }

        return new SelectorQuery(parsed, null, canonical.ToString(), narrowings);
    }

    private static string Counted(string text) => text.Length.ToString(CultureInfo.InvariantCulture) + ":" + text;
}
