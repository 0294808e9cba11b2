using System;
using System.Globalization;
using KubeSec.Text;
using KubeSec.Yaml;

namespace KubeSec.Scanning;

/// <summary>What a scan runs and within which limits. The same for the build task and the tool.</summary>
public sealed class ScanOptions
{
    public static ScanOptions Default { get; } = new();

    /// <summary>Also run the opt-in rules (<c>--all-rules</c>, <c>KubeSecAllRules=true</c>).</summary>
    public bool IncludeOptInRules { get; init; }

    /// <summary>How many files are scanned at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public long MaxFileBytes { get; init; } = SourceFile.DefaultMaxBytes;

    public YamlLimits YamlLimits { get; init; } = YamlLimits.Default;

    /// <summary>A stable text of everything that changes results, for the build's findings cache.</summary>
    public string Signature => string.Format(
        CultureInfo.InvariantCulture,
        "optin={0};max={1};depth={2};nodes={3}",
        IncludeOptInRules,
        MaxFileBytes,
        YamlLimits.MaxDepth,
        YamlLimits.MaxExpandedNodes);
}
