using System;
using System.Globalization;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Text;
using KubeSec.Yaml;

namespace KubeSec.Scanning;

/// <summary>What a scan runs and within which limits. The same for the build task and the tool.</summary>
public sealed class ScanOptions
{
    public static ScanOptions Default { get; } = new();

    /// <summary>Which rules run (<c>--profile</c>, <c>KubeSecProfile</c>).</summary>
    public RuleProfile Profile { get; init; } = RuleProfile.Default;

    /// <summary>Run every rule, opt-in ones included (<c>--all-rules</c>, <c>KubeSecAllRules=true</c>): the same as <see cref="RuleProfile.All"/>.</summary>
    public bool IncludeOptInRules { get; init; }

    /// <summary>The profile in effect, <see cref="IncludeOptInRules"/> taken into account.</summary>
    public RuleProfile EffectiveProfile => IncludeOptInRules ? RuleProfile.All : Profile;

    /// <summary>The Kubernetes release the manifests are meant for: API deprecations and removals are judged against it.</summary>
    public KubernetesVersion KubernetesVersion { get; init; } = KubernetesVersion.Default;

    /// <summary>How many files are scanned at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public long MaxFileBytes { get; init; } = SourceFile.DefaultMaxBytes;

    public YamlLimits YamlLimits { get; init; } = YamlLimits.Default;

    /// <summary>A stable text of everything that changes results, for the build's findings cache.</summary>
    public string Signature => string.Format(
        CultureInfo.InvariantCulture,
        "profile={0};k8s={4};max={1};depth={2};nodes={3}",
        EffectiveProfile,
        MaxFileBytes,
        YamlLimits.MaxDepth,
        YamlLimits.MaxExpandedNodes,
        KubernetesVersion);
}
