using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Scanning;
using KubeSec.Triage;
using Microsoft.CodeAnalysis.Sarif;

namespace KubeSec.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning, Azure DevOps and the VS SARIF viewer: full rule metadata,
/// regions, URIs relative to <c>%SRCROOT%</c>, and fingerprints that survive unrelated edits.
/// </summary>
public static class SarifReport
{
    public const string SourceRootId = "%SRCROOT%";
    private const string ToolName = "KubeSec";
    private const string InformationUri = "https://github.com/kubesec-build/kubesec-build";

    /// <summary>Writes the log atomically: readers never see half a file, and parallel writers never interleave.</summary>
    public static void Write(ScanResult result, GatePolicy gate, string sourceRoot, string outputPath)
    {
        var log = Build(result, gate, sourceRoot);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = outputPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            // Indented UTF-8 without a BOM: some SARIF consumers choke on a BOM.
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings { Formatting = Newtonsoft.Json.Formatting.Indented })
                    .Serialize(writer, log);
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

    public static SarifLog Build(ScanResult result, GatePolicy gate, string sourceRoot)
    {
        var rules = result.Rules.Select(ToReportingDescriptor).ToList();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        var run = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = ToolName,
                    Version = EngineVersion.Text,
                    SemanticVersion = EngineVersion.Text,
                    InformationUri = new Uri(InformationUri),
                    Rules = rules,
                },
            },
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>
            {
                [SourceRootId] = new ArtifactLocation { Uri = SourcePaths.RootUri(sourceRoot) },
            },
            ColumnKind = ColumnKind.UnicodeCodePoints,
            Results = result.Findings
                .Where(gate.IsReported)
                .Select(finding => ToResult(finding, gate, sourceRoot, ruleIndex))
                .ToList(),
        };

        return new SarifLog
        {
            SchemaUri = new Uri("https://json.schemastore.org/sarif-2.1.0.json"),
            Version = SarifVersion.Current,
            Runs = new List<Run> { run },
        };
    }

    private static ReportingDescriptor ToReportingDescriptor(RuleDescriptor rule)
    {
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = rule.Name,
            ShortDescription = new MultiformatMessageString { Text = rule.Title },
            FullDescription = new MultiformatMessageString { Text = Truncate(rule.Description, 1024) },
            Help = new MultiformatMessageString
            {
                Text = rule.Description + " Fix: " + rule.Fix,
                Markdown = RuleDocs.Markdown(rule.Id) ?? rule.Description + "\n\n**Fix:** " + rule.Fix,
            },
            HelpUri = rule.HelpUri,
            DefaultConfiguration = new ReportingConfiguration
            {
                Level = rule.DefaultSeverity >= Severity.Medium ? FailureLevel.Warning : FailureLevel.Note,
                Enabled = rule.EnabledByDefault,
            },
        };

        var tags = new List<string> { rule.Category };
        if (rule.IsSecurityRule)
        {
            tags.Insert(0, "security");
            descriptor.SetProperty("security-severity", rule.DefaultSeverity.SecurityScore());
        }
        else
        {
            descriptor.SetProperty("problem.severity", rule.DefaultSeverity >= Severity.Medium ? "error" : "warning");
        }

        if (rule.PodSecurity != PodSecurityLevel.None)
        {
            tags.Add("pss-" + rule.PodSecurity.ToString().ToLowerInvariant());
        }

        descriptor.SetProperty("tags", tags);
        descriptor.SetProperty("precision", "high");
        descriptor.SetProperty("severity", rule.DefaultSeverity.ToText());
        descriptor.SetProperty("equivalents", rule.Equivalents);
        if (rule.CisItem is not null)
        {
            descriptor.SetProperty("cis", rule.CisItem);
        }

        return descriptor;
    }

    private static Result ToResult(Finding finding, GatePolicy gate, string sourceRoot, Dictionary<string, int> ruleIndex)
    {
        var relative = SourcePaths.Relative(sourceRoot, finding.FilePath);
        var artifact = relative is null
            ? new ArtifactLocation { Uri = new Uri(Path.GetFullPath(finding.FilePath)) }
            : new ArtifactLocation { Uri = SourcePaths.RelativeUri(relative), UriBaseId = SourceRootId };

        var location = new Location
        {
            PhysicalLocation = new PhysicalLocation
            {
                ArtifactLocation = artifact,
                Region = new Region
                {
                    StartLine = finding.Region.StartLine,
                    StartColumn = finding.Region.StartColumn,
                    EndLine = finding.Region.EndLine,
                    EndColumn = finding.Region.EndColumn,
                },
            },
        };
        if (finding.Object is not null)
        {
            location.LogicalLocations = new List<LogicalLocation>
            {
                new() { FullyQualifiedName = finding.Object.ToString(), Kind = "object" },
            };
        }

        var result = new Result
        {
            RuleId = finding.RuleId,
            RuleIndex = ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : -1,
            Level = gate.Decide(finding) switch
            {
                Disposition.Error => FailureLevel.Error,
                Disposition.Warning => FailureLevel.Warning,
                _ => FailureLevel.Note,
            },
            Message = new Message { Text = finding.Message },
            Locations = new List<Location> { location },
            PartialFingerprints = new Dictionary<string, string>
            {
                [Fingerprint.Key] = Fingerprint.Compute(finding, relative ?? finding.FilePath),
            },
        };
        result.SetProperty("severity", finding.Severity.ToText());
        result.SetProperty("logicalPath", finding.LogicalPath);
        if (finding.Object is not null)
        {
            result.SetProperty("object", finding.Object.ToString());
        }

        if (finding.Container is not null)
        {
            result.SetProperty("container", finding.Container);
        }

        return result;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
