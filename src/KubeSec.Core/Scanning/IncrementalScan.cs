using System;
using System.Collections.Generic;
using System.Linq;
using KubeSec.Model;
using KubeSec.Reporting;
using KubeSec.Text;
using KubeSec.Triage;

namespace KubeSec.Scanning;

/// <summary>What an incremental scan produced, whether it came from the cache, and what it could not write.</summary>
public sealed class IncrementalScanOutcome
{
    public IncrementalScanOutcome(IReadOnlyList<Finding> findings, bool fromCache, IReadOnlyList<string>? outputFailures = null, IReadOnlyList<string>? notes = null)
    {
        Findings = findings;
        FromCache = fromCache;
        OutputFailures = outputFailures ?? Array.Empty<string>();
        Notes = notes ?? Array.Empty<string>();
    }

    public IReadOnlyList<Finding> Findings { get; }
    public bool FromCache { get; }

    /// <summary>
    /// Outputs that were asked for and could not be written (the SARIF file), one sentence each. The
    /// findings are complete regardless; the front end reports these as internal failures.
    /// </summary>
    public IReadOnlyList<string> OutputFailures { get; }

    /// <summary>Things worth a low-importance message (the cache could not be written: the next build scans again).</summary>
    public IReadOnlyList<string> Notes { get; }
}

/// <summary>
/// A scan for the build: replays the cached findings when no input changed (and the SARIF file is
/// still there), otherwise scans, then writes SARIF and the cache. A failure to write an output never
/// costs the findings: it is returned beside them.
/// </summary>
public sealed class IncrementalScan
{
    public IReadOnlyList<string> Manifests { get; init; } = new string[0];
    public IReadOnlyList<string> Dockerfiles { get; init; } = new string[0];

    /// <summary>What the front end found before the scan (links not followed out of the project): reported, gated and written to SARIF like any finding.</summary>
    public IReadOnlyList<Finding> DiscoveryFindings { get; init; } = new Finding[0];
    public ScanOptions Options { get; init; } = ScanOptions.Default;
    public GatePolicy Gate { get; init; } = GatePolicy.BuildDefault;
    public string SourceRoot { get; init; } = ".";
    public string? SarifPath { get; init; }
    public string? CachePath { get; init; }

    /// <summary>
    /// The project the scan is for: its run in the SARIF file is tagged with it, so projects that share
    /// one SARIF path each keep their own run. Null writes a plain one-run file.
    /// </summary>
    public string? Project { get; init; }

    /// <summary>How long a writer of a shared SARIF file waits for the others.</summary>
    public TimeSpan SarifLockTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public IncrementalScanOutcome Run()
    {
        var inputs = Manifests.Concat(new[] { "--dockerfiles--" }).Concat(Dockerfiles);
        var signature = string.Join(";", Options.Signature, Gate.Signature, SourceRoot, SarifPath ?? string.Empty, Project ?? string.Empty,
            string.Join("|", DiscoveryFindings.Select(finding => finding.RuleId + "@" + finding.FilePath)));
        string? stamp = null;
        if (CachePath is not null)
        {
            stamp = FindingCache.ComputeStamp(inputs, signature);

            // Only a regular SARIF file is "still there": a device or a pipe must be written on every build.
            var sarifPresent = SarifPath is null || FileKinds.Of(SarifPath, followLinks: false) == FileKind.Regular;
            if (sarifPresent && FindingCache.TryRead(CachePath, stamp) is { } cached)
            {
                return new IncrementalScanOutcome(cached, fromCache: true);
            }
        }

        var result = new Scanner(Options).Scan(new DiscoveredFiles(Manifests, Dockerfiles, new string[0], DiscoveryFindings));
        var failures = new List<string>();
        var notes = new List<string>();
        if (SarifPath is not null)
        {
            try
            {
                if (Project is null)
                {
                    SarifReport.Write(result, Gate, SourceRoot, SarifPath);
                }
                else
                {
                    SarifReport.WriteShared(result, Gate, SourceRoot, SarifPath, Project, SarifLockTimeout);
                }
            }
#pragma warning disable CA1031 // Whatever stops the SARIF file, the findings are already computed and must reach the log.
            catch (Exception error)
#pragma warning restore CA1031
            {
                failures.Add("the SARIF file '" + SarifPath + "' could not be written (" + error.GetType().Name + ": " + QuotedText.Short(error.Message, 400).TrimEnd('.') + ")");
            }
        }

        // Without its SARIF file a replay would hide the failure on the next build: no cache then.
        if (CachePath is not null && stamp is not null && failures.Count == 0)
        {
            try
            {
                if (!FindingCache.Write(CachePath, stamp, result.Findings))
                {
                    notes.Add("KubeSec: the findings cache '" + CachePath + "' is not a regular file; it was left alone and the next build scans again.");
                }
            }
#pragma warning disable CA1031 // The cache only saves time: losing it is never a failure.
            catch (Exception error)
#pragma warning restore CA1031
            {
                notes.Add("KubeSec: the findings cache '" + CachePath + "' could not be written (" + QuotedText.Short(error.Message, 400).TrimEnd('.') + "); the next build scans again.");
            }
        }

        return new IncrementalScanOutcome(result.Findings, fromCache: false, failures, notes);
    }
}
