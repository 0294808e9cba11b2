using System.Collections.Generic;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Triage;

namespace KubeSec.Scanning;

/// <summary>The findings of a scan, in file and position order, and the rules that ran.</summary>
public sealed class ScanResult
{
    private IReadOnlyList<ObjectRisk>? _risks;

    public ScanResult(IReadOnlyList<Finding> findings, IReadOnlyList<RuleDescriptor> rules, int filesScanned, int objectsScanned)
    {
        Findings = findings;
        Rules = rules;
        FilesScanned = filesScanned;
        ObjectsScanned = objectsScanned;
    }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Every rule that ran (engine diagnostics included), for SARIF's rule table.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    public int FilesScanned { get; }
    public int ObjectsScanned { get; }

    /// <summary>The per-object risk scores of the findings, highest first (computed on first use).</summary>
    public IReadOnlyList<ObjectRisk> Risks => _risks ??= RiskScore.Compute(Findings);
}
