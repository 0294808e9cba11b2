using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Scanning;
using KubeSec.Triage;

namespace KubeSec.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning, Azure DevOps and the VS SARIF viewer: full rule metadata,
/// regions, URIs relative to <c>%SRCROOT%</c>, and fingerprints that survive unrelated edits.
/// Written directly (see <see cref="JsonOutput"/>); the tests read it back with Sarif.Sdk and the
/// SARIF multitool validates it.
/// </summary>
public static class SarifReport
{
    public const string SourceRootId = "%SRCROOT%";
    private const string ToolName = "KubeSec";
    private const string InformationUri = "https://github.com/kubesec-build/kubesec-build";

    /// <summary>Writes the log atomically: readers never see half a file, and parallel writers never interleave.</summary>
    public static void Write(ScanResult result, GatePolicy gate, string sourceRoot, string outputPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = outputPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                Write(result, gate, sourceRoot, writer);
            }

            if (File.Exists(outputPath))
            {
                File.Delete(outputPath);
            }

            File.Move(temporary, outputPath);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public static void Write(ScanResult result, GatePolicy gate, string sourceRoot, TextWriter writer)
    {
        // Only the rules that report something are described: each description carries the rule's whole doc
        // page, and describing all of them took most of the SARIF time of a small build (740 KB for 17 results).
        var reported = result.Findings.Where(gate.IsReported).ToList();
        var reportedIds = new HashSet<string>(reported.Select(finding => finding.RuleId), StringComparer.Ordinal);
        var rules = result.Rules.Where(rule => reportedIds.Contains(rule.Id)).ToList();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        var risks = result.Risks.ToDictionary(risk => (risk.FilePath, risk.Object.ToString()), risk => risk.Score);
        var json = new JsonOutput(writer);
        json.BeginObject()
            .Property("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
            .Property("version", "2.1.0")
            .BeginArray("runs").BeginObject()
            .BeginObject("tool").BeginObject("driver")
            .Property("name", ToolName)
            .Property("version", EngineVersion.Text)
            .Property("semanticVersion", EngineVersion.Text)
            .Property("informationUri", InformationUri)
            .BeginArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.EndArray().EndObject().EndObject()
            .BeginObject("originalUriBaseIds").BeginObject(SourceRootId)
            .Property("uri", SourcePaths.RootUri(sourceRoot).AbsoluteUri)
            .EndObject().EndObject()
            .Property("columnKind", "utf16CodeUnits")
            .BeginArray("results");
        foreach (var finding in reported)
        {
            var risk = finding.Object is null ? (int?)null : risks[(finding.FilePath, finding.Object.ToString())];
            WriteResult(json, finding, gate, sourceRoot, ruleIndex, risk);
        }

        json.EndArray().EndObject().EndArray().EndObject();
        writer.Write('\n');
    }

    private static void WriteRule(JsonOutput json, RuleDescriptor rule)
    {
        json.BeginObject()
            .Property("id", rule.Id)
            .Property("name", rule.Name)
            .BeginObject("shortDescription").Property("text", rule.Title).EndObject()
            .BeginObject("fullDescription").Property("text", Truncate(rule.Description, 1024)).EndObject()
            .BeginObject("help")
            .Property("text", rule.Description + " Fix: " + rule.Fix)
            .Property("markdown", RuleDocs.Markdown(rule.Id) ?? rule.Description + "\n\n**Fix:** " + rule.Fix)
            .EndObject()
            .Property("helpUri", rule.HelpUri.AbsoluteUri)
            .BeginObject("defaultConfiguration")
            .Property("level", rule.DefaultSeverity >= Severity.Medium ? "warning" : "note")
            .Property("enabled", rule.EnabledByDefault)
            .EndObject()
            .BeginObject("properties");

        var tags = new List<string>();
        if (rule.IsSecurityRule)
        {
            tags.Add("security");
            json.Property("security-severity", rule.DefaultSeverity.SecurityScore());
        }
        else
        {
            json.Property("problem.severity", rule.DefaultSeverity >= Severity.Medium ? "error" : "warning");
        }

        tags.Add(rule.Category);
        if (rule.PodSecurity != PodSecurityLevel.None)
        {
            tags.Add("pss-" + rule.PodSecurity.ToString().ToLowerInvariant());
        }

        json.StringArray("tags", tags)
            .Property("precision", "high")
            .Property("severity", rule.DefaultSeverity.ToText())
            .StringArray("equivalents", rule.Equivalents)
            .Property("cis", rule.CisItem)
            .EndObject()
            .EndObject();
    }

    private static void WriteResult(JsonOutput json, Finding finding, GatePolicy gate, string sourceRoot, Dictionary<string, int> ruleIndex, int? objectRisk)
    {
        var relative = SourcePaths.Relative(sourceRoot, finding.FilePath);
        json.BeginObject()
            .Property("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.Property("ruleIndex", index);
        }

        json.Property("level", gate.Decide(finding) switch
            {
                Disposition.Error => "error",
                Disposition.Warning => "warning",
                _ => "note",
            })
            .BeginObject("message").Property("text", finding.Message).EndObject()
            .BeginArray("locations").BeginObject()
            .BeginObject("physicalLocation")
            .BeginObject("artifactLocation");
        if (relative is null)
        {
            json.Property("uri", new Uri(Path.GetFullPath(finding.FilePath)).AbsoluteUri);
        }
        else
        {
            json.Property("uri", SourcePaths.RelativeUri(relative).OriginalString).Property("uriBaseId", SourceRootId);
        }

        json.EndObject()
            .BeginObject("region")
            .Property("startLine", finding.Region.StartLine)
            .Property("startColumn", finding.Region.StartColumn)
            .Property("endLine", finding.Region.EndLine)
            .Property("endColumn", finding.Region.EndColumn)
            .EndObject()
            .EndObject();
        if (finding.Object is not null)
        {
            json.BeginArray("logicalLocations").BeginObject()
                .Property("fullyQualifiedName", finding.Object.ToString())
                .Property("kind", "object")
                .EndObject().EndArray();
        }

        json.EndObject().EndArray()
            .BeginObject("partialFingerprints")
            .Property(Fingerprint.Key, Fingerprint.Compute(finding, relative ?? finding.FilePath))
            .EndObject()
            .BeginObject("properties")
            .Property("severity", finding.Severity.ToText())
            .Property("logicalPath", finding.LogicalPath)
            .Property("object", finding.Object?.ToString())
            .Property("container", finding.Container);
        if (objectRisk is { } score)
        {
            json.Property("objectRiskScore", score);
        }

        json.EndObject()
            .EndObject();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
