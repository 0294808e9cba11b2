using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;
using KubeSec.Text;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>
/// Turns a YAML file into the Kubernetes objects kubectl would apply from it. Documents without
/// <c>apiVersion</c> and <c>kind</c> (appsettings, CI workflows, Helm values) are not objects and are ignored
/// without a word; what kubectl would apply but cannot be read is reported.
/// </summary>
public static class ManifestLoader
{
    public static ManifestFile Load(string path, YamlLimits? limits = null) => Load(SourceFile.Read(path), limits);

    public static ManifestFile Load(SourceFile source, YamlLimits? limits = null)
    {
        var sink = new FindingSink(source.Path);
        SourceProblemReporter.Report(source, sink);
        if (source.Text is null)
        {
            return new ManifestFile(source.Path, Array.Empty<YamlDocument>(), Array.Empty<KubernetesObject>(), sink.Findings);
        }

        var stream = Parse(source.Text, limits ?? YamlLimits.Default);
        foreach (var problem in stream.Problems)
        {
            Report(problem, sink);
        }

        var objects = new List<KubernetesObject>();
        foreach (var document in stream.Documents)
        {
            AddObjects(source.Path, document, objects, sink);
        }

        return new ManifestFile(source.Path, stream.Documents, objects, sink.Findings);
    }

    private static YamlStreamResult Parse(string text, YamlLimits limits) => YamlTreeBuilder.Build(text, limits);

    private static void Report(YamlProblem problem, FindingSink sink)
    {
        var rule = problem.Kind switch
        {
            YamlProblemKind.DuplicateKey => KS0002DuplicateYamlKey.Rule,
            YamlProblemKind.NestingTooDeep => KS0006NestingTooDeep.Rule,
            YamlProblemKind.AliasExpansionTooLarge => KS0007AliasExpansionTooLarge.Rule,
            YamlProblemKind.IgnoredContent => KS0016YamlContentIgnored.Rule,
            _ => KS0001YamlSyntaxError.Rule,
        };
        var where = "line " + problem.Region.StartLine.ToString(CultureInfo.InvariantCulture);
        sink.Report(rule, problem.Region, where, rule.Title + ": " + problem.Detail + ". " + rule.Fix);
    }

    /// <summary>
    /// The objects kubectl applies from one document. Like kubectl's unstructured decoding and its
    /// FlattenListVisitor: a document with a kind and an <c>items</c> list is a list, whatever its kind; an item
    /// of it with neither apiVersion nor kind takes the list's apiVersion and its kind without "List"; an item that
    /// has an <c>items</c> list is itself flattened, iteratively, to any depth within a limit.
    /// </summary>
    private static void AddObjects(string path, YamlDocument document, List<KubernetesObject> objects, FindingSink sink)
    {
        if (document.Root is { IsSequence: true } sequence)
        {
            ReportListRoot(sequence, sink);
            return;
        }

        if (document.Root is not { IsMapping: true } root)
        {
            return;
        }

        var kind = root["kind"]?.AsString() ?? string.Empty;
        if (kind.Length > 0 && root["items"] is { IsSequence: true } items)
        {
            var apiVersion = root["apiVersion"]?.AsString() ?? string.Empty;
            var itemKind = kind.EndsWith("List", StringComparison.Ordinal) ? kind.Substring(0, kind.Length - 4) : kind;
            var pending = new Queue<(YamlNode Node, string Prefix, int Depth)>();
            for (var i = 0; i < items.Items.Count; i++)
            {
                var item = items.Items[i];
                var prefix = "items[" + i.ToString(CultureInfo.InvariantCulture) + "].";
                if (item.IsMapping && item["apiVersion"]?.AsString() is null && item["kind"]?.AsString() is null && !IsList(item))
                {
                    if (apiVersion.Length > 0 && itemKind.Length > 0)
                    {
                        objects.Add(new KubernetesObject(path, document.Index, prefix, item, apiVersion, itemKind));
                    }

                    continue;
                }

                pending.Enqueue((item, prefix, 1));
            }

            Flatten(path, document, pending, objects, sink);
            return;
        }

        if (TryReadType(root, out var rootApiVersion, out var rootKind))
        {
            objects.Add(new KubernetesObject(path, document.Index, string.Empty, root, rootApiVersion, rootKind));
        }
    }

    private static void Flatten(string path, YamlDocument document, Queue<(YamlNode Node, string Prefix, int Depth)> pending, List<KubernetesObject> objects, FindingSink sink)
    {
        var reportedDepth = false;
        while (pending.Count > 0)
        {
            var (node, prefix, depth) = pending.Dequeue();
            if (!node.IsMapping)
            {
                continue;
            }

            if (!IsList(node))
            {
                if (TryReadType(node, out var apiVersion, out var kind))
                {
                    objects.Add(new KubernetesObject(path, document.Index, prefix, node, apiVersion, kind));
                }

                continue;
            }

            var items = node["items"]!;
            if (depth >= MaxListDepth)
            {
                if (!reportedDepth)
                {
                    reportedDepth = true;
                    var rule = KS0006NestingTooDeep.Rule;
                    sink.Report(rule, node.AnchorRegion, prefix.TrimEnd('.'),
                        rule.Title + ": lists are nested more than " + MaxListDepth.ToString(CultureInfo.InvariantCulture) + " deep here, and the objects inside are not checked. " + rule.Fix);
                }

                continue;
            }

            for (var i = 0; i < items.Items.Count; i++)
            {
                pending.Enqueue((items.Items[i], prefix + "items[" + i.ToString(CultureInfo.InvariantCulture) + "].", depth + 1));
            }
        }
    }

    /// <summary>kubectl's test for a list inside a list: an <c>items</c> field that is a list.</summary>
    private static bool IsList(YamlNode node) => node["items"] is { IsSequence: true };

    /// <summary>Lists in lists deeper than this are reported, not read; kubectl itself sets no limit.</summary>
    private const int MaxListDepth = 32;

    /// <summary>
    /// kubectl converts a document to JSON and decodes it as one object: a document that is a bare list of
    /// objects is refused. Said only when an item looks like an object, so lists that are other YAML stay silent.
    /// </summary>
    private static void ReportListRoot(YamlNode sequence, FindingSink sink)
    {
        foreach (var item in sequence.Items)
        {
            if (item.IsMapping && TryReadType(item, out _, out _))
            {
                var rule = KS0017DocumentNotAnObject.Rule;
                sink.Report(rule, sequence.HeadRegion, "line " + sequence.Region.StartLine.ToString(CultureInfo.InvariantCulture),
                    rule.Title + ": this document is a list of objects starting at line " + sequence.Region.StartLine.ToString(CultureInfo.InvariantCulture) +
                    ", which kubectl cannot apply, so its objects are not checked. " + rule.Fix);
                return;
            }
        }
    }

    private static bool TryReadType(YamlNode node, out string apiVersion, out string kind)
    {
        apiVersion = node["apiVersion"]?.AsString() ?? string.Empty;
        kind = node["kind"]?.AsString() ?? string.Empty;
        return apiVersion.Length > 0 && kind.Length > 0;
    }
}
