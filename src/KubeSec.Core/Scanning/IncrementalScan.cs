using System.Collections.Generic;
using System.IO;
using System.Linq;
using KubeSec.Model;
using KubeSec.Reporting;
using KubeSec.Triage;

namespace KubeSec.Scanning;

/// <summary>What an incremental scan produced, and whether it came from the cache.</summary>
public sealed class IncrementalScanOutcome
{
    public IncrementalScanOutcome(IReadOnlyList<Finding> findings, bool fromCache)
    {
        Findings = findings;
        FromCache = fromCache;
    }

    public IReadOnlyList<Finding> Findings { get; }
    public bool FromCache { get; }
}

/// <summary>
/// A scan for the build: replays the cached findings when no input changed (and the SARIF file is
/// still there), otherwise scans, then writes SARIF and the cache.
/// </summary>
public sealed class IncrementalScan
{
    public IReadOnlyList<string> Manifests { get; init; } = new string[0];
    public IReadOnlyList<string> Dockerfiles { get; init; } = new string[0];
    public ScanOptions Options { get; init; } = ScanOptions.Default;
    public GatePolicy Gate { get; init; } = GatePolicy.BuildDefault;
    public string SourceRoot { get; init; } = ".";
    public string? SarifPath { get; init; }
    public string? CachePath { get; init; }

    public IncrementalScanOutcome Run()
    {
        var inputs = Manifests.Concat(new[] { "--dockerfiles--" }).Concat(Dockerfiles);
        var signature = string.Join(";", Options.Signature, Gate.Signature, SourceRoot, SarifPath ?? string.Empty);
        string? stamp = null;
        if (CachePath is not null)
        {
            stamp = FindingCache.ComputeStamp(inputs, signature);
            var sarifPresent = SarifPath is null || File.Exists(SarifPath);
            if (sarifPresent && FindingCache.TryRead(CachePath, stamp) is { } cached)
            {
                return new IncrementalScanOutcome(cached, fromCache: true);
            }
        }

        var result = new Scanner(Options).Scan(Manifests, Dockerfiles);
        if (SarifPath is not null)
        {
            SarifReport.Write(result, Gate, SourceRoot, SarifPath);
        }

        if (CachePath is not null && stamp is not null)
        {
            FindingCache.Write(CachePath, stamp, result.Findings);
        }

        return new IncrementalScanOutcome(result.Findings, fromCache: false);
    }
}
