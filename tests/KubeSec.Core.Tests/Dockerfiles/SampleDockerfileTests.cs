using System.Collections.Generic;
using System.IO;
using System.Linq;
using KubeSec.Model;
using KubeSec.Scanning;
using KubeSec.Tests.Rules;
using Xunit.Abstractions;

namespace KubeSec.Tests.Dockerfiles;

/// <summary>
/// Scans the hand-written Dockerfiles under Samples/ (official-image, .NET multi-stage, Alpine,
/// distroless, Windows with backtick escape, BuildKit heredocs and mounts, and one full of bad
/// practices) with every rule, prints the findings per rule and pins what each sample must and must not report.
/// </summary>
public sealed class SampleDockerfileTests
{
    private readonly ITestOutputHelper _output;

    public SampleDockerfileTests(ITestOutputHelper output) => _output = output;

    public static string SamplesDirectory => Path.Combine(RuleCatalogTests.RepoRoot(), "tests", "KubeSec.Core.Tests", "Dockerfiles", "Samples");

    private static IReadOnlyList<Finding> Scan(string name) =>
        new Scanner(new ScanOptions { IncludeOptInRules = true, Parallelism = 1 })
            .ScanDockerfileText(name, File.ReadAllText(Path.Combine(SamplesDirectory, name)));

    [Fact]
    public void All_samples_scan_and_findings_are_counted_per_rule()
    {
        var all = new List<Finding>();
        foreach (var path in Directory.GetFiles(SamplesDirectory, "*.Dockerfile").OrderBy(p => p, System.StringComparer.Ordinal))
        {
            var findings = Scan(Path.GetFileName(path));
            all.AddRange(findings);
            _output.WriteLine(Path.GetFileName(path) + ": " + findings.Count + " findings");
            foreach (var finding in findings)
            {
                _output.WriteLine("  " + finding.RuleId + " " + finding.Region + " " + finding.Message);
            }
        }

        foreach (var group in all.GroupBy(f => f.RuleId).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            _output.WriteLine(group.Key + "\t" + group.Count());
        }

        Assert.DoesNotContain(all, f => f.RuleId == "KS0008");
    }

    [Theory]
    [InlineData("official-debian.Dockerfile", "KS7002,KS7018,KS7038")]
    [InlineData("dotnet-multistage.Dockerfile", "")]
    [InlineData("distroless.Dockerfile", "KS7018")]
    [InlineData("buildkit-heredoc.Dockerfile", "KS7018,KS7038")]
    [InlineData("alpine.Dockerfile", "KS7018,KS7025,KS7028,KS7038")]
    [InlineData("windows.Dockerfile", "KS7002,KS7018")]
    [InlineData("node-app.Dockerfile", "")]
    [InlineData("java-ubi.Dockerfile", "KS7018")]
    [InlineData("nginx-static.Dockerfile", "KS7018")]
    public void Well_written_samples_report_only_what_is_really_there(string sample, string expected)
    {
        // ShellCheck's SCnnnn results depend on shellcheck being installed; they are printed by the test above.
        var ids = Scan(sample).Select(f => f.RuleId).Where(id => id.StartsWith("KS", System.StringComparison.Ordinal)).Distinct().OrderBy(id => id, System.StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(",", ids));
    }

    [Fact]
    public void The_bad_practices_sample_reports_each_planted_problem()
    {
        var ids = Scan("bad-practices.Dockerfile").Select(f => f.RuleId).ToHashSet();

        foreach (var id in new[] { "KS7002", "KS7005", "KS7006", "KS7007", "KS7014", "KS7017", "KS7022", "KS7024", "KS7027", "KS7028", "KS7029", "KS7030", "KS7031", "KS7032", "KS7033", "KS7102" })
        {
            Assert.Contains(id, ids);
        }
    }
}

/// <summary>Every Dockerfile rule over truncated and line-shuffled samples: no exception, every region inside the text.</summary>
public sealed class DockerfileRulesRobustnessTests
{
    [Fact]
    public void Rules_never_throw_on_mangled_samples()
    {
        var catalog = new KubeSec.Rules.RuleCatalog(KubeSec.Rules.RuleCatalog.Default.All.Where(rule => rule.Descriptor.Id != "KS7190"));
        var rules = catalog.DockerfileRules;
        var random = new System.Random(7);
        foreach (var path in Directory.GetFiles(SampleDockerfileTests.SamplesDirectory, "*.Dockerfile"))
        {
            var text = File.ReadAllText(path);
            var lines = text.Split('\n');
            for (var round = 0; round < 60; round++)
            {
                var mangled = round % 2 == 0
                    ? text.Substring(0, random.Next(text.Length))
                    : string.Join("\n", lines.OrderBy(_ => random.Next()).Take(random.Next(1, lines.Length + 1)));
                var file = DockerfileAssert.Parse(mangled);
                var sink = new KubeSec.Rules.FindingSink(file.Path);
                foreach (var rule in rules)
                {
                    rule.Check(file, sink);
                }

                var lineCount = mangled.Split('\n').Length;
                Assert.All(sink.Findings, f => Assert.InRange(f.Region.StartLine, 1, lineCount));
            }
        }
    }
}
