using System.Collections.Generic;
using System.Linq;
using KubeSec.Model;
using KubeSec.Scanning;

namespace KubeSec.Tests;

/// <summary>Runs the real engine over in-memory text, as the build and the tool would.</summary>
internal static class Lint
{
    private static readonly Scanner AllRules = new(new ScanOptions { IncludeOptInRules = true });

    public static IReadOnlyList<Finding> Manifest(string yaml) => AllRules.ScanManifestText("test.yaml", yaml);

    public static IReadOnlyList<Finding> Manifest(string yaml, string ruleId) => Manifest(yaml).Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The region as (line, column, end line, end column), for compact exact assertions.</summary>
    public static (int, int, int, int) At(this Finding finding) =>
        (finding.Region.StartLine, finding.Region.StartColumn, finding.Region.EndLine, finding.Region.EndColumn);
}
