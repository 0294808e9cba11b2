using System;
using System.IO;
using System.Linq;
using KubeSec.Dockerfiles;
using KubeSec.Model;
using KubeSec.Reporting;
using KubeSec.Rules.Dockerfiles;
using KubeSec.Scanning;
using KubeSec.Triage;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

/// <summary>ShellCheck results (these tests need shellcheck on PATH; without it they check the single KS7190 notice).</summary>
public sealed class KS7190Tests
{
    private static readonly KS7190ShellCheck Rule = new();

    private static Finding One(string text, string id)
    {
        var findings = RuleRunner.Run(Rule, text);
        return Single(findings, id);
    }

    [Fact]
    public void Maps_shellcheck_comments_to_exact_places_through_continuations_heredocs_and_tabs()
    {
        if (!ShellCheck.IsAvailable)
        {
            Assert.Equal("KS7190", Single(RuleRunner.Run(Rule, "FROM debian:12\nRUN echo $1\n"), "KS7190").RuleId);
            return;
        }

        Assert.Equal(At(2, 10, 2, 12), One("FROM debian:12\nRUN echo $1 && \\\n    cd /x\n", "SC2086").Region);
        Assert.Equal(At(3, 5, 3, 10), One("FROM debian:12\nRUN echo $1 && \\\n    cd /x\n", "SC2164").Region);
        Assert.Equal(At(3, 6, 3, 8), One("FROM debian:12\nRUN <<EOF\necho $1\nEOF\n", "SC2086").Region);
        Assert.Equal(At(3, 7, 3, 9), One("FROM debian:12\nRUN set -eux; \\\n\techo $1\n", "SC2086").Region);
        Assert.Equal(At(4, 10, 4, 12), One("FROM debian:12\nRUN true\nRUN echo ok\nRUN echo $1\n", "SC2086").Region);
    }

    [Fact]
    public void Results_carry_the_shellcheck_id_severity_and_wiki_link_and_windows_shells_are_skipped()
    {
        if (!ShellCheck.IsAvailable)
        {
            return;
        }

        var finding = One("FROM debian:12\nRUN echo $1\n", "SC2086");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("SC2086 (ShellCheck) in RUN on line 2: Double quote", finding.Message, StringComparison.Ordinal);
        Assert.Equal("https://www.shellcheck.net/wiki/SC2086", KubeSec.Rules.RuleDescriptor.HelpUriFor("SC2086"));
        Assert.Empty(RuleRunner.Run(Rule, "FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\nRUN echo $1\n"));
        Assert.Empty(RuleRunner.Run(Rule, "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo %PATH%\n"));
        Assert.Empty(RuleRunner.Run(Rule, "FROM debian:12\nRUN [\"echo\", \"$1\"]\n"));
        Assert.Empty(RuleRunner.Run(Rule, "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN echo %PATH% | findstr x\n"));
    }

    [Fact]
    public void Sarif_lists_a_rule_entry_for_each_shellcheck_code_found()
    {
        if (!ShellCheck.IsAvailable)
        {
            return;
        }

        var directory = Path.Combine(Path.GetTempPath(), "kubesec-sc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "Dockerfile");
            File.WriteAllText(path, "FROM debian:12\nRUN echo $1 && cd /x\n");
            var result = new Scanner(new ScanOptions { IncludeOptInRules = true, Parallelism = 1 }).Scan(Array.Empty<string>(), new[] { path });
            var writer = new StringWriter();
            SarifReport.Write(result, GatePolicy.BuildDefault, directory, writer);

            Assert.Contains(result.Rules, r => r.Id == "SC2086");
            Assert.Contains(result.Rules, r => r.Id == "SC2164");
            Assert.Contains("\"helpUri\":\"https://www.shellcheck.net/wiki/SC2086\"", writer.ToString().Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
