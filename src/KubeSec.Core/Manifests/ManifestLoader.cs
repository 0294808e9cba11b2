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
/// Turns a YAML file into Kubernetes objects. Documents without <c>apiVersion</c> and <c>kind</c>
/// (appsettings, CI workflows, Helm values) are not objects and are ignored without a word.
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
            AddObjects(source.Path, document, objects);
        }

        return new ManifestFile(source.Path, stream.Documents, objects, sink.Findings);
    }

    private static YamlStreamResult Parse(string text, YamlLimits limits)
    {
        var result = YamlTreeBuilder.Build(text, limits);
        if (HasBlankFirstLineError(result) && BlankWhitespaceOnlyLines(text) is { } repaired)
        {
            // YamlDotNet refuses a block scalar whose first line holds only spaces (YamlDotNet #523/#535);
            // kubectl accepts it. Such lines carry no content, and emptying them moves no other position.
            return YamlTreeBuilder.Build(repaired, limits);
        }

        return result;
    }

    private static bool HasBlankFirstLineError(YamlStreamResult result)
    {
        foreach (var problem in result.Problems)
        {
            if (problem.Kind == YamlProblemKind.SyntaxError &&
                problem.Detail.IndexOf("found extra spaces in first line", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? BlankWhitespaceOnlyLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        var changed = false;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var lineEnd = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
            var blank = lineEnd > lineStart;
            for (var k = lineStart; k < lineEnd && blank; k++)
            {
                blank = text[k] == ' ';
            }

            if (blank)
            {
                changed = true;
            }
            else
            {
                builder.Append(text, lineStart, lineEnd - lineStart);
            }

            builder.Append(text, lineEnd, i - lineEnd);
            if (i < text.Length)
            {
                builder.Append('\n');
            }

            lineStart = i + 1;
        }

        return changed ? builder.ToString() : null;
    }

    private static void Report(YamlProblem problem, FindingSink sink)
    {
        var rule = problem.Kind switch
        {
            YamlProblemKind.DuplicateKey => KS0002DuplicateYamlKey.Rule,
            YamlProblemKind.NestingTooDeep => KS0006NestingTooDeep.Rule,
            YamlProblemKind.AliasExpansionTooLarge => KS0007AliasExpansionTooLarge.Rule,
            _ => KS0001YamlSyntaxError.Rule,
        };
        var where = "line " + problem.Region.StartLine.ToString(CultureInfo.InvariantCulture);
        sink.Report(rule, problem.Region, where, rule.Title + ": " + problem.Detail + ". " + rule.Fix);
    }

    private static void AddObjects(string path, YamlDocument document, List<KubernetesObject> objects)
    {
        if (document.Root is not { IsMapping: true } root || !TryReadType(root, out var apiVersion, out var kind))
        {
            return;
        }

        if (kind.EndsWith("List", StringComparison.Ordinal) && root["items"] is { IsSequence: true } items)
        {
            for (var i = 0; i < items.Items.Count; i++)
            {
                if (items.Items[i] is { IsMapping: true } item && TryReadType(item, out var itemApiVersion, out var itemKind))
                {
                    objects.Add(new KubernetesObject(path, document.Index, "items[" + i.ToString(CultureInfo.InvariantCulture) + "].", item, itemApiVersion, itemKind));
                }
            }

            return;
        }

        objects.Add(new KubernetesObject(path, document.Index, string.Empty, root, apiVersion, kind));
    }

    private static bool TryReadType(YamlNode node, out string apiVersion, out string kind)
    {
        apiVersion = node["apiVersion"]?.AsString() ?? string.Empty;
        kind = node["kind"]?.AsString() ?? string.Empty;
        return apiVersion.Length > 0 && kind.Length > 0;
    }
}
