using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules;

/// <summary>Collects the findings of one file; rules report through it.</summary>
public sealed class FindingSink
{
    private readonly List<Finding> _findings = new();

    public FindingSink(string filePath) => FilePath = filePath;

    public string FilePath { get; }

    public IReadOnlyList<Finding> Findings => _findings;

    public void Report(
        RuleDescriptor rule,
        SourceRegion region,
        string logicalPath,
        string message,
        ObjectReference? @object = null,
        string? container = null) =>
        _findings.Add(new Finding(rule.Id, rule.DefaultSeverity, message, FilePath, region, logicalPath, @object, container));
}
