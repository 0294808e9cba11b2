using System.Globalization;
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
        Visit(obj, obj.Root, string.Empty, sink);

    /// <remarks>
    /// An alias shares its anchor's node, whose region is where the anchor is written, earlier in the
    /// document: a child that starts before its own key (or before the previous item) is such an alias and
    /// is judged once, where it is written, not again at each alias.
    /// </remarks>
    private static void Visit(KubernetesObject obj, YamlNode node, string path, FindingSink sink)
    {
        if (node.IsSequence)
        {
            var floor = node.Region;
            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                if (!StartsAtOrAfter(item.Region, floor.StartLine, floor.StartColumn))
                {
                    continue;
                }

                if (IsCollection(item))
                {
                    Visit(obj, item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", sink);
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
        foreach (var entry in node.Entries)
        {
            if (!IsOwn(node, entry))
            {
                continue;
            }

            // Scalars hold no keys: skipping them saves a path string and a set entry for most nodes.
            if (IsCollection(entry.Value) && StartsAtOrAfter(entry.Value.Region, entry.Key.Region.StartLine, entry.Key.Region.StartColumn))
            {
                var key = entry.Key.AsString() ?? "?";
                Visit(obj, entry.Value, path.Length == 0 ? key : path + "." + key, sink);
            }
        }
    }

    private static bool IsCollection(YamlNode node) => node.IsMapping || node.IsSequence;

    private static bool StartsAtOrAfter(SourceRegion region, int line, int column) =>
        region.StartLine > line || (region.StartLine == line && region.StartColumn >= column);

    private static void CheckOrder(KubernetesObject obj, YamlNode mapping, string path, FindingSink sink)
    {
        string? previous = null;
        foreach (var entry in mapping.Entries)
        {
            if (!IsOwn(mapping, entry) || !entry.Key.IsScalar || entry.Key.Value is not { } key)
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
    /// Whether the entry is written in this mapping. Merge keys append the merged entries, whose keys sit
    /// at their anchor, earlier in the document: they are not this mapping's order.
    /// </summary>
    private static bool IsOwn(YamlNode mapping, YamlEntry entry) =>
        StartsAtOrAfter(entry.Key.Region, mapping.Region.StartLine, mapping.Region.StartColumn);
}
