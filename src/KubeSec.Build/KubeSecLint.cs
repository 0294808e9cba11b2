using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KubeSec.Model;
using KubeSec.Reporting;
using KubeSec.Rules;
using KubeSec.Rules.Engine;
using KubeSec.Scanning;
using KubeSec.Text;
using KubeSec.Triage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KubeSec.Build;

/// <summary>
/// The build front end: hands the project's manifests and Dockerfiles to the engine and logs each
/// finding as an MSBuild warning, error or message with its rule ID as the code, so NoWarn,
/// WarningsAsErrors and the IDE error lists work on it. Every value from the input (messages, file
/// paths) is escaped for the log (<see cref="LogText.ForMsBuild"/>). A failure of the linter itself
/// (KS0000) never costs the findings already computed, and in block mode it fails the build.
/// </summary>
public sealed class KubeSecLint : Task
{
    public ITaskItem[] Manifests { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] Dockerfiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Root for SARIF's relative URIs and for fingerprints.</summary>
    public string? SourceRoot { get; set; }

    public string? SarifOutputPath { get; set; }

    /// <summary>Where the findings of the last run are kept for replay; empty disables the cache.</summary>
    public string? CachePath { get; set; }

    /// <summary>KubeSecEnabled, checked here so a value such as <c>1</c> is reported instead of silently turning the lint off.</summary>
    public string? Enabled { get; set; }

    /// <summary>EnableDefaultKubeSecItems, checked for the same reason.</summary>
    public string? EnableDefaultItems { get; set; }

    /// <summary>observe, warn (default) or block.</summary>
    public string? Mode { get; set; }

    /// <summary>In block mode, the severity from which findings are errors (default high).</summary>
    public string? FailLevel { get; set; }

    /// <summary>Findings below this severity are not reported (default info: all).</summary>
    public string? MinimumLevel { get; set; }

    /// <summary>KubeSecAllRules: a string, read by <see cref="BuildSetting"/>.</summary>
    public string? AllRules { get; set; }

    /// <summary>default, baseline, restricted or all.</summary>
    public string? Profile { get; set; }

    /// <summary>The Kubernetes release the manifests target, e.g. 1.30.</summary>
    public string? KubernetesVersion { get; set; }

    /// <summary>The project being built, where setting warnings and task-level failures point.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>KubeSecTreatWarningsAsErrors: MSBuild's TreatWarningsAsErrors does not reach task warnings.</summary>
    public string? TreatWarningsAsErrors { get; set; }

    /// <summary>Codes that stay warnings under TreatWarningsAsErrors (the project's WarningsNotAsErrors).</summary>
    public string? WarningsNotAsErrors { get; set; }

    [Output]
    public int FindingCount { get; set; }

    private readonly List<Finding> _linkFindings = new();

    private string Project => ProjectFile ?? BuildEngine?.ProjectFileOfTaskNode ?? string.Empty;

    public override bool Execute()
    {
        // Until the settings are read, a failure is judged by the default gate (block mode only if asked for).
        var gate = GatePolicy.TryParseMode(Mode, out var askedMode) ? new GatePolicy(askedMode, Severity.High) : GatePolicy.BuildDefault;
        var treatWarningsAsErrors = false;
        var notAsErrors = new HashSet<string>(Split(WarningsNotAsErrors), StringComparer.OrdinalIgnoreCase);
        IncrementalScanOutcome outcome;
        try
        {
            // Settings first: a bad one is a KS0010 warning and its default is used, never an exception.
            gate = ReadGate();
            var options = ReadOptions();
            treatWarningsAsErrors = ReadBool("KubeSecTreatWarningsAsErrors", TreatWarningsAsErrors, fallback: false);
            ReadBool("KubeSecEnabled", Enabled, fallback: true);
            ReadBool("EnableDefaultKubeSecItems", EnableDefaultItems, fallback: true);
            var sourceRoot = ReadSourceRoot();
            outcome = new IncrementalScan
            {
                Manifests = FullPaths(Manifests),
                Dockerfiles = FullPaths(Dockerfiles),
                // After both item lists (initializers run in order); a folder link holding both kinds is said once.
                DiscoveryFindings = _linkFindings.GroupBy(finding => finding.FilePath, StringComparer.Ordinal).Select(group => group.First()).ToArray(),
                Options = options,
                Gate = gate,
                SourceRoot = sourceRoot,
                SarifPath = NullIfEmpty(SarifOutputPath),
                CachePath = NullIfEmpty(CachePath),
                Project = NullIfEmpty(Project),
            }.Run();
        }
#pragma warning disable CA1031 // A linter bug must never break the user's build with MSB4018; block mode still fails below.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LogInternalFailure(gate, treatWarningsAsErrors, notAsErrors,
                "KubeSec failed internally (" + error.GetType().Name + ": " + QuotedText.Short(error.Message, 400).TrimEnd('.') + ") while linting this project, so no file was checked");
            Log.LogMessage(MessageImportance.Low, "{0}", LogText.ForMsBuild(error.ToString()));
            return !Log.HasLoggedErrors;
        }

        // The findings first: whatever failed after the scan, they reach the log.
        var reported = outcome.Findings.Where(gate.IsReported).ToList();
        foreach (var finding in reported)
        {
            LogFinding(finding, Promote(gate.Decide(finding), finding.RuleId, treatWarningsAsErrors, notAsErrors));
        }

        foreach (var failure in outcome.OutputFailures)
        {
            LogInternalFailure(gate, treatWarningsAsErrors, notAsErrors, "KubeSec: " + failure + "; the findings above are complete");
        }

        foreach (var note in outcome.Notes)
        {
            Log.LogMessage(MessageImportance.Low, "{0}", LogText.ForMsBuild(note));
        }

        FindingCount = reported.Count;
        Log.LogMessage(MessageImportance.Normal, "KubeSec: {0} finding(s) in {1} manifest file(s) and {2} Dockerfile(s){3}.",
            reported.Count, Manifests.Length, Dockerfiles.Length, outcome.FromCache ? " (replayed: no input changed)" : string.Empty);
        return !Log.HasLoggedErrors;
    }

    private ScanOptions ReadOptions()
    {
        if (!RuleProfiles.TryParse(Profile, out var profile))
        {
            WarnSetting("KubeSecProfile", Profile, "default, baseline, restricted or all", "default");
        }

        var version = Model.KubernetesVersion.Default;
        if (!string.IsNullOrWhiteSpace(KubernetesVersion) && !Model.KubernetesVersion.TryParse(KubernetesVersion, out version))
        {
            WarnSetting("KubeSecKubernetesVersion", KubernetesVersion, "a release such as 1.30", Model.KubernetesVersion.Default.ToString());
            version = Model.KubernetesVersion.Default;
        }

        var allRules = ReadBool("KubeSecAllRules", AllRules, fallback: false);
        return new ScanOptions { IncludeOptInRules = allRules, Profile = profile, KubernetesVersion = version };
    }

    private GatePolicy ReadGate()
    {
        if (!GatePolicy.TryParseMode(Mode, out var mode))
        {
            WarnSetting("KubeSecMode", Mode, "observe, warn or block", "warn");
        }

        var failLevel = ReadSeverity("KubeSecFailLevel", FailLevel, Severity.High);
        var minimumLevel = ReadSeverity("KubeSecMinimumLevel", MinimumLevel, Severity.Info);
        return new GatePolicy(mode, failLevel, minimumLevel);
    }

    private Severity ReadSeverity(string property, string? text, Severity fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (SeverityText.TryParse(text, out var severity))
        {
            return severity;
        }

        WarnSetting(property, text, "info, low, medium, high or critical", fallback.ToText());
        return fallback;
    }

    private bool ReadBool(string property, string? text, bool fallback)
    {
        if (BuildSetting.ParseBool(text, fallback) is { } value)
        {
            return value;
        }

        WarnSetting(property, text, BuildSetting.BoolValues, fallback ? "true" : "false");
        return fallback;
    }

    /// <summary>The source root as a full path; an empty or malformed one is a KS0010 and the project folder is used.</summary>
    private string ReadSourceRoot()
    {
        var projectFolder = Project.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(Project)) ?? Directory.GetCurrentDirectory() : Directory.GetCurrentDirectory();
        if (!string.IsNullOrWhiteSpace(SourceRoot))
        {
            try
            {
                return Path.GetFullPath(SourceRoot);
            }
            catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
            {
                // Reported below.
            }
        }

        WarnSetting("KubeSecSourceRoot", SourceRoot, "a folder path", projectFolder);
        return projectFolder;
    }

    private void WarnSetting(string property, string? value, string allowed, string fallback) =>
        Log.LogWarning(null, KS0010InvalidSetting.Rule.Id, KS0010InvalidSetting.Rule.Id, RuleDescriptor.HelpUriFor(KS0010InvalidSetting.Rule.Id),
            LogText.ForMsBuild(Project), 0, 0, 0, 0,
            "{0}='{1}' is not a valid value: use {2}; '{3}' is used meanwhile.", property, BuildSetting.Quote(value), allowed, LogText.ForMsBuild(fallback));

    /// <summary>KS0000 at the project file: an error in block mode (the gate must not pass on a lint that failed), else a warning.</summary>
    private void LogInternalFailure(GatePolicy gate, bool treatWarningsAsErrors, HashSet<string> notAsErrors, string sentence)
    {
        var id = KS0000InternalError.Rule.Id;
        var message = LogText.ForMsBuild(sentence) + ". " + KS0000InternalError.Rule.Fix;
        var disposition = Promote(gate.Mode == GateMode.Block ? Disposition.Error : Disposition.Warning, id, treatWarningsAsErrors, notAsErrors);
        if (disposition == Disposition.Error)
        {
            Log.LogError(null, id, id, RuleDescriptor.HelpUriFor(id), LogText.ForMsBuild(Project), 0, 0, 0, 0, "{0}", message);
        }
        else
        {
            Log.LogWarning(null, id, id, RuleDescriptor.HelpUriFor(id), LogText.ForMsBuild(Project), 0, 0, 0, 0, "{0}", message);
        }
    }

    private static Disposition Promote(Disposition disposition, string ruleId, bool treatWarningsAsErrors, HashSet<string> notAsErrors) =>
        disposition == Disposition.Warning && treatWarningsAsErrors && !notAsErrors.Contains(ruleId) ? Disposition.Error : disposition;

    private void LogFinding(Finding finding, Disposition disposition)
    {
        var region = finding.Region;
        var help = RuleDescriptor.HelpUriFor(finding.RuleId);
        var file = LogText.ForMsBuild(finding.FilePath);
        var message = LogText.ForMsBuild(finding.Message);
        switch (disposition)
        {
            case Disposition.Error:
                Log.LogError(null, finding.RuleId, finding.RuleId, help, file, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, "{0}", message);
                break;
            case Disposition.Warning:
                Log.LogWarning(null, finding.RuleId, finding.RuleId, help, file, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, "{0}", message);
                break;
            default:
                Log.LogMessage(null, finding.RuleId, finding.RuleId, file, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, MessageImportance.High, "{0}", message);
                break;
        }
    }

    /// <summary>
    /// The items' full paths. Default items (globbed by the package, metadata KubeSecDefaultItem=true)
    /// whose real target leaves the project (a link such as Dockerfile -> ~/.aws/credentials) are not
    /// read; an item the user adds is the user's choice and is followed.
    /// </summary>
    private string[] FullPaths(ITaskItem[] items)
    {
        static bool IsDefault(ITaskItem item) => string.Equals(item.GetMetadata("KubeSecDefaultItem"), "true", StringComparison.OrdinalIgnoreCase);
        static string FullPath(ITaskItem item) => item.GetMetadata("FullPath");

        // A file the user also names explicitly is the user's choice, even when a default glob matched it too.
        var explicitPaths = items.Where(item => !IsDefault(item)).Select(FullPath).Where(path => path.Length > 0).ToArray();
        var explicitSet = new HashSet<string>(explicitPaths, StringComparer.Ordinal);
        var defaultPaths = items.Where(IsDefault).Select(FullPath).Where(path => path.Length > 0 && !explicitSet.Contains(path));
        var kept = Project.Length > 0
            ? LinkPolicy.Filter(defaultPaths, Path.GetDirectoryName(Path.GetFullPath(Project))!, _linkFindings)
            : defaultPaths.ToArray();
        return explicitPaths.Concat(kept).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(code => code.Trim());

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
