using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

public sealed class KS2037UnsortedKeys : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2037", "UnsortedKeys", "Mapping keys are not in alphabetical order", Severity.Info, RuleCategory.Schema)
    {
        Description = "A style rule for teams that keep manifests canonical: in every mapping of an object, at any depth, the keys must be in alphabetical (ordinal, case-sensitive) order, so diffs stay small and a field is found where it is expected. One finding per unsorted mapping, at the first key that sorts before its predecessor. Keys brought in by a YAML merge key and mappings reached through an alias are judged where they are written, and mappings with templated keys are skipped.",
        Fix = "Sort the mapping's keys alphabetically (for instance with yq -P 'sort_keys(..)').",
        Equivalents = new[] { "kube-linter:sorted-keys" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink) =>
        Visit(obj, obj.Root, new List<PathSegment>(), sink);

    /// <remarks>
    /// An alias shares its anchor's node, whose region is where the anchor is written, earlier in the
    /// document: a child that starts before its own key (or before the previous item) is such an alias and
    /// is judged once, where it is written, not again at each alias. The path is kept as segments and
    /// joined only for a finding: this rule visits every mapping of every object.
    /// </remarks>
    private static void Visit(KubernetesObject obj, YamlNode node, List<PathSegment> path, FindingSink sink)
    {
        if (node.IsSequence)
        {
            var items = node.Items;
            var floor = node.Region;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (!StartsAtOrAfter(item.Region, floor.StartLine, floor.StartColumn))
                {
                    continue;
                }

                if (IsCollection(item))
                {
                    path.Add(new PathSegment(null, i));
                    Visit(obj, item, path, sink);
                    path.RemoveAt(path.Count - 1);
                }

                floor = new SourceRegion(item.Region.EndLine, item.Region.EndColumn, item.Region.EndLine, item.Region.EndColumn);
            }

            return;
        }

        if (!node.IsMapping)
        {
            return;
        }

        CheckOrder(obj, node, path, sink);
        var entries = node.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];

            // Scalars hold no keys: most nodes end here.
            if (IsCollection(entry.Value) && IsOwn(node, entry) && StartsAtOrAfter(entry.Value.Region, entry.Key.Region.StartLine, entry.Key.Region.StartColumn))
            {
                path.Add(new PathSegment(entry.Key.AsString() ?? "?", -1));
                Visit(obj, entry.Value, path, sink);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static bool IsCollection(YamlNode node) => node.IsMapping || node.IsSequence;

    private static bool StartsAtOrAfter(SourceRegion region, int line, int column) =>
        region.StartLine > line || (region.StartLine == line && region.StartColumn >= column);

    private static void CheckOrder(KubernetesObject obj, YamlNode mapping, List<PathSegment> path, FindingSink sink)
    {
        string? previous = null;
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!entry.Key.IsScalar || entry.Key.Value is not { } key || !IsOwn(mapping, entry))
            {
                continue;
            }

            if (TemplatePlaceholder.In(key))
            {
                return;
            }

            if (previous is not null && string.CompareOrdinal(key, previous) < 0)
            {
                var parent = Join(path);
                var where = parent.Length == 0 ? "at the top level" : "under " + parent;
                sink.ReportOn(Rule, obj, entry.Key.Region, parent.Length == 0 ? key : parent + "." + key,
                    obj.Describe() + " has key '" + key + "' after '" + previous + "' " + where + ", out of alphabetical order: sort that mapping's keys.");
                return;
            }

            previous = key;
        }
    }

    private static string Join(List<PathSegment> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment.Key is null)
            {
                text.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                text.Append(text.Length == 0 ? string.Empty : ".").Append(segment.Key);
            }
        }

        return text.ToString();
    }

    /// <summary>A key (<see cref="Key"/>) or a sequence index (<see cref="Index"/>, when the key is null).</summary>
    private readonly struct PathSegment
    {
        public PathSegment(string? key, int index)
        {
            Key = key;
            Index = index;
        }

        public string? Key { get; }
        public int Index { get; }
    }

    /// <summary>
    /// Whether the entry is written in this mapping. Merge keys append the merged entries, whose keys sit
    /// at their anchor, earlier in the document: they are not this mapping's order.
    /// </summary>
    private static bool IsOwn(YamlNode mapping, YamlEntry entry) =>
        StartsAtOrAfter(entry.Key.Region, mapping.Region.StartLine, mapping.Region.StartColumn);
}
