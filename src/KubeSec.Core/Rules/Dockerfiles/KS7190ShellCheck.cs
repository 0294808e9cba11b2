using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

/// <summary>
/// Runs ShellCheck over RUN scripts and reports its comments as SCnnnn results; when ShellCheck is
/// not installed it reports that instead (as KS7190, info), which the scanner keeps once per scan.
/// </summary>
public sealed class KS7190ShellCheck : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7190", "ShellCheck", "ShellCheck not available for RUN scripts", Severity.Info, RuleCategory.Dockerfile)
    {
        Description = "Opt-in. Checks every shell-form RUN and every RUN <<EOF heredoc script with ShellCheck (the shellcheck executable found on PATH), in the dialect of the stage's SHELL (sh by default, bash, ksh; PowerShell, cmd and Windows Dockerfiles are skipped), one process per Dockerfile and dialect, with a time limit. ShellCheck's comments are reported under their own IDs (SC2086, SC2164 ...) at their exact place in the Dockerfile, with a link to the ShellCheck wiki; severity follows ShellCheck's level (error: medium, warning: low, info and style: info). SC1090, SC1091 and SC2187 are left out, as hadolint does. KS7190 itself is reported, once per scan, only when ShellCheck is not installed; the scan carries on without it.",
        Fix = "Install ShellCheck (apt-get install shellcheck, brew install shellcheck, choco install shellcheck) on the build machine, or leave this rule off.",
        Equivalents = Array.Empty<string>(),
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        if (!dockerfile.HasText)
        {
            return;
        }

        if (!ShellCheck.IsAvailable)
        {
            sink.Report(Rule, new SourceRegion(1, 1, 1, 1), "shellcheck",
                "ShellCheck is not on PATH, so RUN scripts were not checked with it: install shellcheck (apt-get install shellcheck) or turn rule KS7190 off.");
            return;
        }

        foreach (var comment in ShellCheck.Check(dockerfile))
        {
            var descriptor = ShellCheckRules.Descriptor(comment.Code, comment.Level);
            sink.Report(descriptor, comment.Region, comment.Run.LogicalPath + "/" + comment.RuleId,
                comment.RuleId + " (ShellCheck) in RUN on line " + DockerfileFacts.Line(comment.Run.StartLine) + ": " + QuotedText.Prefix(comment.Message.TrimEnd('.'), 400) + ".");
        }
    }
}

/// <summary>Descriptors for ShellCheck codes, made on demand: they are not catalog rules and have no doc page here.</summary>
public static class ShellCheckRules
{
    private static readonly Dictionary<int, RuleDescriptor> Cache = new();

    public static bool IsShellCheckId(string ruleId) =>
        ruleId.Length > 2 && ruleId.StartsWith("SC", StringComparison.Ordinal) && char.IsDigit(ruleId[2]);

    public static Severity SeverityOf(string level) => level switch
    {
        "error" => Severity.Medium,
        "warning" => Severity.Low,
        _ => Severity.Info,
    };

    public static RuleDescriptor Descriptor(int code, string level)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(code, out var descriptor))
            {
                var id = "SC" + code.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
                descriptor = new RuleDescriptor(id, "ShellCheck" + id, "ShellCheck " + id, SeverityOf(level), RuleCategory.Dockerfile)
                {
                    Description = "ShellCheck " + id + " in a RUN script; see https://www.shellcheck.net/wiki/" + id + ".",
                    Fix = "Follow https://www.shellcheck.net/wiki/" + id + ".",
                };
                Cache[code] = descriptor;
            }

            return descriptor;
        }
    }

    /// <summary>The descriptors of the ShellCheck codes among findings (for SARIF's rule table).</summary>
    public static IReadOnlyList<RuleDescriptor> DescriptorsFor(IEnumerable<Finding> findings)
    {
        var result = new List<RuleDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (IsShellCheckId(finding.RuleId) && seen.Add(finding.RuleId))
            {
                var code = int.Parse(finding.RuleId.Substring(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
                lock (Cache)
                {
                    result.Add(Cache.TryGetValue(code, out var known) ? known : Descriptor(code, finding.Severity >= Severity.Medium ? "error" : finding.Severity == Severity.Low ? "warning" : "info"));
                }
            }
        }

        return result;
    }
}
