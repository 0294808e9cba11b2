using System.Linq;
using System.IO;
using KubeSec.Reporting;
using KubeSec.Scanning;
using KubeSec.Triage;
using Microsoft.CodeAnalysis.Sarif;

namespace KubeSec.Tests.Reporting;

/// <summary>Our SARIF, read back with Microsoft's Sarif.Sdk object model.</summary>
public sealed class SarifReportTests : System.IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private SarifLog ScanAndLoad(GatePolicy gate)
    {
        _files.Write("deploy/app.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"quote\\\"d\"\n  namespace: prod\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: app:1\n    securityContext: {privileged: true, runAsNonRoot: true, allowPrivilegeEscalation: false}\n");
        _files.Write("deploy/with space/bad.yaml", "a: [\n");
        _files.Write("Dockerfile", "FROM alpine:3.20\n");
        _files.Write("Dockerfile.dev", "FROM alpine\nUSER 1000\n");
        var found = FileDiscovery.Discover(new[] { _files.Root });
        var result = new Scanner().Scan(found.Manifests, found.Dockerfiles);
        var path = Path.Combine(_files.Root, "out", "kubesec.sarif");
        SarifReport.Write(result, gate, _files.Root, path);
        return SarifLog.Load(path);
    }

    [Fact]
    public void Sarif_sdk_reads_rules_with_full_metadata()
    {
        var run = ScanAndLoad(GatePolicy.BuildDefault).Runs.Single();

        Assert.Equal("KubeSec", run.Tool.Driver.Name);
        var rule = run.Tool.Driver.Rules.Single(r => r.Id == "KS1001");
        Assert.Equal("PrivilegedContainer", rule.Name);
        Assert.Equal("Container runs privileged", rule.ShortDescription.Text);
        Assert.False(string.IsNullOrEmpty(rule.FullDescription.Text));
        Assert.StartsWith("# KS1001", rule.Help.Markdown);
        Assert.EndsWith("docs/rules/KS1001.md", rule.HelpUri.AbsoluteUri);
        Assert.Equal(FailureLevel.Warning, rule.DefaultConfiguration.Level);
        Assert.Equal("9.5", rule.GetProperty("security-severity"));
        Assert.Contains("checkov:CKV_K8S_16", rule.GetProperty<string[]>("equivalents"));
        Assert.Contains("security", rule.GetProperty<string[]>("tags"));
        var engine = run.Tool.Driver.Rules.Single(r => r.Id == "KS0001");
        Assert.False(engine.TryGetProperty("security-severity", out _));
    }

    [Fact]
    public void Sarif_sdk_reads_results_with_regions_relative_uris_and_fingerprints()
    {
        var run = ScanAndLoad(GatePolicy.BuildDefault).Runs.Single();

        var privileged = run.Results.Single(r => r.RuleId == "KS1001");
        Assert.Equal(run.Tool.Driver.Rules[privileged.RuleIndex].Id, privileged.RuleId);
        var location = privileged.Locations.Single().PhysicalLocation;
        Assert.Equal("deploy/app.yaml", location.ArtifactLocation.Uri.OriginalString);
        Assert.Equal("%SRCROOT%", location.ArtifactLocation.UriBaseId);
        Assert.Equal((11, 35, 11, 39), (location.Region.StartLine, location.Region.StartColumn, location.Region.EndLine, location.Region.EndColumn));
        Assert.Equal("Pod/prod/quote\"d", privileged.Locations.Single().LogicalLocations.Single().FullyQualifiedName);
        Assert.Matches("^[0-9a-f]{32}$", privileged.PartialFingerprints["kubesec/v1"]);
        Assert.Equal(FailureLevel.Warning, privileged.Level);
        Assert.Equal("c", privileged.GetProperty("container"));
        // The documented formula: one severity weight per distinct rule reporting the object.
        var sameObject = run.Results
            .Where(r => r.Locations.Single().LogicalLocations?.SingleOrDefault()?.FullyQualifiedName == "Pod/prod/quote\"d")
            .GroupBy(r => r.RuleId)
            .Sum(g => g.Max(r => WeightOf(r.GetProperty("severity"))));
        Assert.True(sameObject >= 17, "privileged (critical) and hostPID (high) alone weigh 17");
        Assert.Equal(sameObject, privileged.GetProperty<int>("objectRiskScore"));

        var broken = run.Results.Single(r => r.RuleId == "KS0001");
        Assert.Equal("deploy/with%20space/bad.yaml", broken.Locations.Single().PhysicalLocation.ArtifactLocation.Uri.OriginalString);
        Assert.True(run.OriginalUriBaseIds["%SRCROOT%"].Uri.IsAbsoluteUri);
    }

    [Fact]
    public void Describes_exactly_the_rules_that_report_results()
    {
        var run = ScanAndLoad(GatePolicy.BuildDefault).Runs.Single();

        var described = run.Tool.Driver.Rules.Select(r => r.Id).OrderBy(id => id, System.StringComparer.Ordinal);
        var reported = run.Results.Select(r => r.RuleId).Distinct().OrderBy(id => id, System.StringComparer.Ordinal);
        Assert.Equal(reported, described);
        Assert.All(run.Results, r => Assert.Equal(r.RuleId, run.Tool.Driver.Rules[r.RuleIndex].Id));
    }

    [Fact]
    public void Levels_follow_the_gate()
    {
        var run = ScanAndLoad(new GatePolicy(GateMode.Block, KubeSec.Model.Severity.High)).Runs.Single();

        Assert.Equal(FailureLevel.Error, run.Results.Single(r => r.RuleId == "KS1001").Level);
        Assert.Equal(FailureLevel.Error, run.Results.Single(r => r.RuleId == "KS1003").Level);
        Assert.Equal(FailureLevel.Error, run.Results.Single(r => r.RuleId == "KS7002").Level);
        Assert.Equal(FailureLevel.Warning, run.Results.Single(r => r.RuleId == "KS7001").Level);
    }

    [Fact]
    public void Fingerprints_do_not_move_with_unrelated_lines()
    {
        var first = ScanAndLoad(GatePolicy.BuildDefault).Runs.Single().Results.Single(r => r.RuleId == "KS1001").PartialFingerprints["kubesec/v1"];
        var path = Path.Combine(_files.Root, "deploy", "app.yaml");
        File.WriteAllText(path, "# a comment moves every line\n\n" + File.ReadAllText(path));
        var found = FileDiscovery.Discover(new[] { _files.Root });
        var output = Path.Combine(_files.Root, "out", "again.sarif");
        SarifReport.Write(new Scanner().Scan(found.Manifests, found.Dockerfiles), GatePolicy.BuildDefault, _files.Root, output);
        var moved = SarifLog.Load(output).Runs.Single().Results.Single(r => r.RuleId == "KS1001");

        Assert.Equal(13, moved.Locations.Single().PhysicalLocation.Region.StartLine);
        Assert.Equal(first, moved.PartialFingerprints["kubesec/v1"]);
    }

    private static int WeightOf(string severity) => severity switch
    {
        "critical" => 10,
        "high" => 7,
        "medium" => 4,
        "low" => 1,
        _ => 0,
    };
}
