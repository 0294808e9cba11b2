using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using KubeSec.Model;
using KubeSec.Rules.Engine;
using KubeSec.Text;
using KubeSec.Yaml;

namespace KubeSec.Scanning;

/// <summary>
/// Knows Helm chart layout: files under a chart's <c>templates/</c> are Go templates, not YAML, and
/// must not be parsed as manifests (they would only produce syntax errors). A folder is a chart the way
/// Helm decides it: its <c>Chart.yaml</c> has <c>apiVersion</c>, <c>name</c> and <c>version</c> (Helm
/// refuses a chart without them), so an empty or unrelated Chart.yaml hides nothing.
/// </summary>
public static class HelmChart
{
    public const string ChartFileName = "Chart.yaml";

    /// <summary>Chart.yaml is a few hundred bytes; a larger one is not read for this question.</summary>
    private const long MaxChartFileBytes = 1024 * 1024;

    public static bool IsTemplate(string path) => ChartOf(path) is not null;

    /// <summary>The chart folder whose <c>templates/</c> holds the path, or null when the path is not a chart template.</summary>
    public static string? ChartOf(string path, ConcurrentDictionary<string, bool>? chartCache = null)
    {
        string? directory;
        try
        {
            directory = Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        // Iterative walk up: one step per path segment, and the answer per folder is cached for the scan.
        while (!string.IsNullOrEmpty(directory))
        {
            if (string.Equals(Path.GetFileName(directory), "templates", StringComparison.Ordinal))
            {
                var chartRoot = Path.GetDirectoryName(directory);
                if (chartRoot is not null && (chartCache is null ? IsChart(chartRoot) : chartCache.GetOrAdd(chartRoot, IsChart)))
                {
                    return chartRoot;
                }
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }

    /// <summary>Whether the folder holds a Chart.yaml Helm would load: a regular file, a YAML mapping with apiVersion, name and version.</summary>
    public static bool IsChart(string folder)
    {
        var chartFile = Path.Combine(folder, ChartFileName);
        if (FileKinds.Of(chartFile) != FileKind.Regular)
        {
            return false;
        }

        var source = SourceFile.Read(chartFile, MaxChartFileBytes);
        if (source.Text is null)
        {
            return false;
        }

        var stream = YamlTreeBuilder.Build(source.Text, YamlLimits.Default);
        if (stream.Documents.Count == 0 || stream.Documents[0].Root is not { IsMapping: true } root)
        {
            return false;
        }

        return HasText(root["apiVersion"]) && HasText(root["name"]) && HasText(root["version"]);
    }

    private static bool HasText(YamlNode? node) => node?.AsString() is { Length: > 0 } text && text.Trim().Length > 0;
}

/// <summary>
/// The chart templates one scan leaves out, counted per chart, so that each chart is said once
/// (KS0015 at its Chart.yaml) instead of its templates vanishing without a word.
/// </summary>
internal sealed class HelmTemplates
{
    private readonly ConcurrentDictionary<string, bool> _charts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);

    /// <summary>True when the path is a template of a real chart, which the scan must not parse.</summary>
    public bool Skip(string path)
    {
        string? chart;
        try
        {
            chart = HelmChart.ChartOf(path, _charts);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            chart = null;
        }

        if (chart is null)
        {
            return false;
        }

        _skipped[chart] = _skipped.TryGetValue(chart, out var count) ? count + 1 : 1;
        return true;
    }

    public IEnumerable<Finding> Findings()
    {
        var rule = KS0015HelmTemplatesNotLinted.Rule;
        foreach (var chart in _skipped)
        {
            var files = chart.Value == 1 ? "1 file" : chart.Value.ToString(CultureInfo.InvariantCulture) + " files";
            var message = rule.Title + ": the chart's templates are not linted until rendered (" + files + " under templates/ left out: KubeSec does not render Helm charts yet). " + rule.Fix;
            yield return new Finding(rule.Id, rule.DefaultSeverity, message, Path.Combine(chart.Key, HelmChart.ChartFileName), SourceRegion.FileStart, "chart");
        }
    }
}
