using System.Collections.Generic;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;
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

    /// <summary>
    /// True when a parser or rule failed internally on some file (a KS0000 finding at that file): in block
    /// mode the build must fail and the tool exit 2, while every finding of the scan is still reported.
    /// </summary>
    public bool HasInternalErrors => HasInternalError(Findings);
    public int ObjectsScanned { get; }

    /// <summary>The same test on findings replayed from the build's cache.</summary>
    public static bool HasInternalError(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            if (finding.RuleId == KS0000InternalError.Rule.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The per-object risk scores of the findings, highest first (computed on first use).</summary>
    public IReadOnlyList<ObjectRisk> Risks => _risks ??= RiskScore.Compute(Findings);
}
