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

    /// <summary>The run property that names the project a run belongs to, in a SARIF file several projects share.</summary>
    public const string ProjectProperty = "kubesec/project";

    /// <summary>
    /// Writes the log through <see cref="OutputFile"/>: a regular file is replaced atomically (readers never
    /// see half a file, nothing is deleted first), a device or pipe is streamed to, a folder is refused.
    /// </summary>
    public static void Write(ScanResult result, GatePolicy gate, string sourceRoot, string outputPath) =>
        OutputFile.Write(outputPath, writer => Write(result, gate, sourceRoot, writer));

    public static void Write(ScanResult result, GatePolicy gate, string sourceRoot, TextWriter writer) =>
        WriteLog(writer, new[] { RenderRun(result, gate, sourceRoot, project: null) });

    /// <summary>
    /// Writes the run of one project into a SARIF file that several projects may share (one
    /// KubeSecSarifOutputPath for a whole solution built with -m): the file keeps one run per project,
    /// tagged with the project's path; this project's run replaces its previous one, and runs of projects
    /// whose file no longer exists are dropped. The read-modify-write is serialized across processes by a
    /// lock file next to the SARIF file, and the file is replaced atomically. A device or pipe is simply written.
    /// </summary>
    public static void WriteShared(ScanResult result, GatePolicy gate, string sourceRoot, string outputPath, string project, TimeSpan lockTimeout)
    {
        var run = RenderRun(result, gate, sourceRoot, project);
        var lockPath = outputPath + ".lock";
        if (!OutputFile.IsReplaceable(outputPath) || !OutputFile.IsReplaceable(lockPath))
        {
            OutputFile.Write(outputPath, writer => WriteLog(writer, new[] { run }));
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using (AcquireLock(lockPath, lockTimeout))
        {
            var runs = SarifRuns.OthersThan(outputPath, project).Append(new KeyValuePair<string, string>(project, run))
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Value)
                .ToList();
            OutputFile.Write(outputPath, writer => WriteLog(writer, runs));
        }
    }

    /// <summary>The run's <c>automationDetails.id</c>, <c>kubesec/&lt;project path&gt;/</c>: the part before the last slash is the category.</summary>
    internal static string AutomationId(string sourceRoot, string project) =>
        "kubesec/" + (SourcePaths.Relative(sourceRoot, project) ?? Path.GetFileName(project)).Replace('\\', '/') + "/";

    /// <summary>An exclusive lock on the lock file, held until disposed; other processes wait for it.</summary>
    private static FileStream AcquireLock(string lockPath, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on every OS (flock on Unix); the OS drops it if the process dies.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                System.Threading.Thread.Sleep(20);
            }
        }
    }

    private static void WriteLog(TextWriter writer, IReadOnlyList<string> runs)
    {
        writer.Write("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [");
        for (var i = 0; i < runs.Count; i++)
        {
            writer.Write(i == 0 ? "\n    " : ",\n    ");
            writer.Write(runs[i]);
        }

        writer.Write("\n  ]\n}\n");
    }

    /// <summary>One run object, indented to sit in the runs array of a log.</summary>
    private static string RenderRun(ScanResult result, GatePolicy gate, string sourceRoot, string? project)
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
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var json = new JsonOutput(text, baseDepth: 2);
        json.BeginObject();
        if (project is not null)
        {
            // First in the run, so a later writer of a shared file finds it without reading the whole run.
            json.BeginObject("properties").Property(ProjectProperty, project).EndObject();

            // Code scanning takes one run per tool and category from a file: each project's run gets its own
            // category, named by the project's path under the source root so it is the same on every machine.
            json.BeginObject("automationDetails").Property("id", AutomationId(sourceRoot, project)).EndObject();
        }

        json.BeginObject("tool").BeginObject("driver")
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

        json.EndArray().EndObject();
        return text.ToString();
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
