using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules;

public enum PodSecurityLevel
{
    /// <summary>The Pod Security Standards do not cover the check.</summary>
    None,
    Baseline,
    Restricted,
}

public static class RuleCategory
{
    public const string Engine = "Engine";
    public const string PodSecurity = "PodSecurity";
    public const string Reliability = "Reliability";
    public const string Rbac = "Rbac";
    public const string Networking = "Networking";
    public const string ApiVersions = "ApiVersions";
    public const string Schema = "Schema";
    public const string NodeConfiguration = "NodeConfiguration";
    public const string Dockerfile = "Dockerfile";
}

/// <summary>
/// Everything known about a rule apart from its check: the single source for SARIF rule metadata,
/// the docs index, help links and the MSBuild warning code.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Where the rule pages live; <c>{ID}.md</c> is appended.</summary>
    public const string HelpBaseUri = "https://github.com/kubesec-build/kubesec-build/blob/main/docs/rules/";

    public RuleDescriptor(string id, string name, string title, Severity defaultSeverity, string category)
    {
        Id = id;
        Name = name;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
    }

    /// <summary>KSnnnn, stable once shipped.</summary>
    public string Id { get; }

    /// <summary>PascalCase concept name, e.g. <c>PrivilegedContainer</c>.</summary>
    public string Name { get; }

    /// <summary>One line: what is wrong.</summary>
    public string Title { get; }

    public Severity DefaultSeverity { get; }

    public string Category { get; }

    /// <summary>Why it matters and what the rule looks at, in a few sentences.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>How to fix it, in one sentence.</summary>
    public string Fix { get; init; } = string.Empty;

    public PodSecurityLevel PodSecurity { get; init; } = PodSecurityLevel.None;

    /// <summary>CIS Benchmark item (Kubernetes or Docker) where one applies.</summary>
    public string? CisItem { get; init; }

    /// <summary>
    /// The peers' IDs for the very same check, written <c>peer:id</c>
    /// (<c>kube-linter:privileged-container</c>, <c>trivy:KSV-0017</c>, <c>hadolint:DL3007</c>, ...).
    /// </summary>
    public IReadOnlyList<string> Equivalents { get; init; } = Array.Empty<string>();

    /// <summary>Opt-in rules run only when asked for (<c>--all-rules</c>, <c>KubeSecAllRules</c>).</summary>
    public bool EnabledByDefault { get; init; } = true;

    public Uri HelpUri => new(HelpUriFor(Id));

    /// <summary>The help link of a rule by ID alone, so cached findings can be replayed without the catalog.</summary>
    public static string HelpUriFor(string ruleId) =>
        ruleId.StartsWith("SC", StringComparison.Ordinal) ? "https://www.shellcheck.net/wiki/" + ruleId : HelpBaseUri + ruleId + ".md";

    /// <summary>Security rules are reported to code scanning with a security-severity score; engine diagnostics are not.</summary>
    public bool IsSecurityRule => Category != RuleCategory.Engine;
}
