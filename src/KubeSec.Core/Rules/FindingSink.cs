using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Scanning;

namespace KubeSec.Rules;

/// <summary>Collects findings; rules report through it and read the scan's options from it.</summary>
public sealed class FindingSink
{
    private readonly List<Finding> _findings = new();

    public FindingSink(string filePath, ScanOptions? options = null)
    {
        FilePath = filePath;
        Options = options ?? ScanOptions.Default;
    }

    /// <summary>The file findings are reported against, unless a rule names an object of another file.</summary>
    public string FilePath { get; }

    /// <summary>The scan's options, e.g. the target <see cref="ScanOptions.KubernetesVersion"/>.</summary>
    public ScanOptions Options { get; }

    public IReadOnlyList<Finding> Findings => _findings;

    public void Report(
        RuleDescriptor rule,
        SourceRegion region,
        string logicalPath,
        string message,
        ObjectReference? @object = null,
        string? container = null) =>
        _findings.Add(new Finding(rule.Id, rule.DefaultSeverity, message, FilePath, region, logicalPath, @object, container));

    /// <summary>Reports on an object, in the object's own file: what cross-object rules use.</summary>
    public void ReportOn(
        RuleDescriptor rule,
        KubernetesObject obj,
        SourceRegion region,
        string logicalPath,
        string message,
        string? container = null) =>
        _findings.Add(new Finding(rule.Id, rule.DefaultSeverity, message, obj.FilePath, region, obj.PathPrefix + logicalPath, obj.Reference, container));
}
