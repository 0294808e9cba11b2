using System;
using System.Collections.Generic;
using System.Linq;
using KubeSec.Model;

namespace KubeSec.Triage;

/// <summary>The risk of one Kubernetes object: the weight of the distinct rules it breaks.</summary>
public sealed class ObjectRisk
{
    public ObjectRisk(string filePath, ObjectReference @object, int score, IReadOnlyList<string> ruleIds)
    {
        FilePath = filePath;
        Object = @object;
        Score = score;
        RuleIds = ruleIds;
    }

    public string FilePath { get; }
    public ObjectReference Object { get; }
    public int Score { get; }
    public IReadOnlyList<string> RuleIds { get; }
}

/// <summary>
/// A per-object risk score in the spirit of kubesec and kube-scan, so a report can say what to fix
/// first. Formula: the sum, over the distinct rules that report the object, of a weight by the
/// finding's severity: critical 10, high 7, medium 4, low 1, info 0. A rule counts once per object
/// however many containers it fires on, so a score grows with the kinds of exposure, not with
/// replica-like repetition. Engine diagnostics (KS0xxx) carry no object and do not count.
/// </summary>
public static class RiskScore
{
    public static int Weight(Severity severity) => severity switch
    {
        Severity.Critical => 10,
        Severity.High => 7,
        Severity.Medium => 4,
        Severity.Low => 1,
        _ => 0,
    };

    /// <summary>Every object with at least one finding, highest score first.</summary>
    public static IReadOnlyList<ObjectRisk> Compute(IEnumerable<Finding> findings) =>
        findings
            .Where(finding => finding.Object is not null)
            .GroupBy(finding => (finding.FilePath, Object: finding.Object!.ToString()))
            .Select(group =>
            {
                var perRule = group.GroupBy(finding => finding.RuleId, StringComparer.Ordinal)
                    .Select(rule => (Id: rule.Key, Severity: rule.Max(finding => finding.Severity)))
                    .OrderBy(rule => rule.Id, StringComparer.Ordinal)
                    .ToList();
                return new ObjectRisk(group.Key.FilePath, group.First().Object!, perRule.Sum(rule => Weight(rule.Severity)), perRule.Select(rule => rule.Id).ToArray());
            })
            .OrderByDescending(risk => risk.Score)
            .ThenBy(risk => risk.FilePath, StringComparer.Ordinal)
            .ThenBy(risk => risk.Object.ToString(), StringComparer.Ordinal)
            .ToList();
}
