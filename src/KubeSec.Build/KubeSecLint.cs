using System;
using System.Collections.Generic;
using System.Linq;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;
using KubeSec.Scanning;
using KubeSec.Triage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KubeSec.Build;

/// <summary>
/// The build front end: hands the project's manifests and Dockerfiles to the engine and logs each
/// finding as an MSBuild warning, error or message with its rule ID as the code, so NoWarn,
/// WarningsAsErrors and the IDE error lists work on it.
/// </summary>
public sealed class KubeSecLint : Task
{
    public ITaskItem[] Manifests { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] Dockerfiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Root for SARIF's relative URIs and for fingerprints.</summary>
    [Required]
    public string SourceRoot { get; set; } = string.Empty;

    public string? SarifOutputPath { get; set; }

    /// <summary>Where the findings of the last run are kept for replay; empty disables the cache.</summary>
    public string? CachePath { get; set; }

    /// <summary>observe, warn (default) or block.</summary>
    public string? Mode { get; set; }

    /// <summary>In block mode, the severity from which findings are errors (default high).</summary>
    public string? FailLevel { get; set; }

    /// <summary>Findings below this severity are not reported (default info: all).</summary>
    public string? MinimumLevel { get; set; }

    public bool AllRules { get; set; }

    /// <summary>default, baseline, restricted or all.</summary>
    public string? Profile { get; set; }

    /// <summary>The Kubernetes release the manifests target, e.g. 1.30.</summary>
    public string? KubernetesVersion { get; set; }

    /// <summary>The project being built, where setting warnings point.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>KubeSecTreatWarningsAsErrors: MSBuild's TreatWarningsAsErrors does not reach task warnings.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Codes that stay warnings under TreatWarningsAsErrors (the project's WarningsNotAsErrors).</summary>
    public string? WarningsNotAsErrors { get; set; }

    [Output]
    public int FindingCount { get; set; }

    public override bool Execute()
    {
        try
        {
            var gate = ReadGate();
            var outcome = new IncrementalScan
            {
                Manifests = FullPaths(Manifests),
                Dockerfiles = FullPaths(Dockerfiles),
                Options = ReadOptions(),
                Gate = gate,
                SourceRoot = SourceRoot,
                SarifPath = NullIfEmpty(SarifOutputPath),
                CachePath = NullIfEmpty(CachePath),
            }.Run();

            var notAsErrors = new HashSet<string>(Split(WarningsNotAsErrors), StringComparer.OrdinalIgnoreCase);
            var reported = outcome.Findings.Where(gate.IsReported).ToList();
            foreach (var finding in reported)
            {
                var disposition = gate.Decide(finding);
                if (disposition == Disposition.Warning && TreatWarningsAsErrors && !notAsErrors.Contains(finding.RuleId))
                {
                    disposition = Disposition.Error;
                }

                LogFinding(finding, disposition);
            }

            FindingCount = reported.Count;
            Log.LogMessage(MessageImportance.Normal, "KubeSec: {0} finding(s) in {1} manifest file(s) and {2} Dockerfile(s){3}.",
                reported.Count, Manifests.Length, Dockerfiles.Length, outcome.FromCache ? " (replayed: no input changed)" : string.Empty);
        }
#pragma warning disable CA1031 // A linter bug must never break the user's build with MSB4018.
        catch (Exception error)
#pragma warning restore CA1031
        {
            Log.LogWarning(null, KS0000InternalError.Rule.Id, KS0000InternalError.Rule.Id, RuleDescriptor.HelpUriFor(KS0000InternalError.Rule.Id),
                null, 0, 0, 0, 0, "KubeSec failed internally ({0}: {1}); the lint was skipped. {2}", error.GetType().Name, error.Message, KS0000InternalError.Rule.Fix);
            Log.LogMessage(MessageImportance.Low, error.ToString());
        }

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

        return new ScanOptions { IncludeOptInRules = AllRules, Profile = profile, KubernetesVersion = version };
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

    private void WarnSetting(string property, string? value, string allowed, string fallback) =>
        Log.LogWarning(null, KS0010InvalidSetting.Rule.Id, KS0010InvalidSetting.Rule.Id, RuleDescriptor.HelpUriFor(KS0010InvalidSetting.Rule.Id),
            ProjectFile ?? BuildEngine?.ProjectFileOfTaskNode, 0, 0, 0, 0,
            "{0}='{1}' is not a valid value: use {2}; '{3}' is used meanwhile.", property, value, allowed, fallback);

    private void LogFinding(Finding finding, Disposition disposition)
    {
        var region = finding.Region;
        var help = RuleDescriptor.HelpUriFor(finding.RuleId);
        switch (disposition)
        {
            case Disposition.Error:
                Log.LogError(null, finding.RuleId, finding.RuleId, help, finding.FilePath, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, "{0}", finding.Message);
                break;
            case Disposition.Warning:
                Log.LogWarning(null, finding.RuleId, finding.RuleId, help, finding.FilePath, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, "{0}", finding.Message);
                break;
            default:
                Log.LogMessage(null, finding.RuleId, finding.RuleId, finding.FilePath, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, MessageImportance.High, "{0}", finding.Message);
                break;
        }
    }

    private static string[] FullPaths(ITaskItem[] items) =>
        items.Select(item => item.GetMetadata("FullPath")).Where(path => path.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(code => code.Trim());

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
