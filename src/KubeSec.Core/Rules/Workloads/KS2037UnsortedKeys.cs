using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
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
        Visit(obj, obj.Root, string.Empty, new HashSet<YamlNode>(NodeIdentity.Instance), sink);

    private static void Visit(KubernetesObject obj, YamlNode node, string path, HashSet<YamlNode> seen, FindingSink sink)
    {
        // An alias shares its anchor's node: judge it once, where it is written.
        if (!seen.Add(node))
        {
            return;
        }

        if (node.IsSequence)
        {
            for (var i = 0; i < node.Items.Count; i++)
            {
                Visit(obj, node.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", seen, sink);
            }

            return;
        }

        if (!node.IsMapping)
        {
            return;
        }

        var own = OwnEntries(node);
        CheckOrder(obj, own, path, sink);
        foreach (var entry in own)
        {
            var key = entry.Key.AsString() ?? "?";
            Visit(obj, entry.Value, path.Length == 0 ? key : path + "." + key, seen, sink);
        }
    }

    private static void CheckOrder(KubernetesObject obj, List<YamlEntry> entries, string path, FindingSink sink)
    {
        string? previous = null;
        foreach (var entry in entries)
        {
            if (!entry.Key.IsScalar || entry.Key.Value is not { } key)
            {
                continue;
            }

            if (TemplatePlaceholder.In(key))
            {
                return;
            }

            if (previous is not null && string.CompareOrdinal(key, previous) < 0)
            {
                var where = path.Length == 0 ? "at the top level" : "under " + path;
                sink.ReportOn(Rule, obj, entry.Key.Region, path.Length == 0 ? key : path + "." + key,
                    obj.Describe() + " has key '" + key + "' after '" + previous + "' " + where + ", out of alphabetical order: sort that mapping's keys.");
                return;
            }

            previous = key;
        }
    }

    /// <summary>
    /// The entries written in this mapping, in source order. Merge keys append the merged entries,
    /// whose keys sit at their anchor, earlier in the document: they are not this mapping's order.
    /// </summary>
    private static List<YamlEntry> OwnEntries(YamlNode mapping)
    {
        var start = mapping.Region;
        var own = new List<YamlEntry>();
        foreach (var entry in mapping.Entries)
        {
            var at = entry.Key.Region;
            if (at.StartLine > start.StartLine || (at.StartLine == start.StartLine && at.StartColumn >= start.StartColumn))
            {
                own.Add(entry);
            }
        }

        return own;
    }

    private sealed class NodeIdentity : IEqualityComparer<YamlNode>
    {
        public static readonly NodeIdentity Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
