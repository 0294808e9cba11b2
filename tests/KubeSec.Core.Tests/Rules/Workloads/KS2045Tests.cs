using System.IO;
using System.Text.RegularExpressions;

namespace KubeSec.Tests.Rules.Workloads;

public class KS2045Tests
{
    // The constraint starts on line 7, column 5.
    private static string Pod(string constraint) =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p}\nspec:\n  topologySpreadConstraints:\n" + constraint + "  containers: [{name: c, image: nginx:1.25}]\n";

    private const string Valid = "  - maxSkew: 1\n    topologyKey: zone\n    whenUnsatisfiable: DoNotSchedule\n    labelSelector: {matchLabels: {app: p}}\n";

    [Fact]
    public void Passes_valid_constraints_and_pods_without_any()
    {
        Assert.Empty(Lint.Manifest(Pod(Valid), "KS2045"));
        Assert.Empty(Lint.Manifest(Pod(Valid + Valid.Replace("zone", "kubernetes.io/hostname").Replace("DoNotSchedule", "ScheduleAnyway")), "KS2045"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx:1.25}]\n", "KS2045"));
    }

    [Fact]
    public void Fires_at_a_zero_max_skew()
    {
        var finding = Assert.Single(Lint.Manifest(Pod(Valid.Replace("maxSkew: 1", "maxSkew: 0")), "KS2045"));

        Assert.Equal((8, 14, 8, 15), finding.At());
        Assert.Equal("spec.topologySpreadConstraints[0].maxSkew", finding.LogicalPath);
        Assert.Contains("Pod 'p' topologySpreadConstraints[0] sets maxSkew to 0", finding.Message);
    }

    [Fact]
    public void Fires_at_a_zero_min_domains_and_a_wrongly_cased_when_unsatisfiable()
    {
        var minDomains = Assert.Single(Lint.Manifest(Pod(Valid.Replace("    topologyKey", "    minDomains: 0\n    topologyKey")), "KS2045"));
        var when = Assert.Single(Lint.Manifest(Pod(Valid.Replace("DoNotSchedule", "DoNotSCHEDULE")), "KS2045"));

        Assert.Equal((9, 17, 9, 18), minDomains.At());
        Assert.Equal((10, 24, 10, 37), when.At());
        Assert.Contains("'DoNotSCHEDULE'", when.Message);
    }

    [Fact]
    public void Missing_fields_are_reported_at_the_constraint()
    {
        var noSelector = Assert.Single(Lint.Manifest(Pod(Valid.Replace("    labelSelector: {matchLabels: {app: p}}\n", string.Empty)), "KS2045"));
        var noKey = Assert.Single(Lint.Manifest(Pod(Valid.Replace("    topologyKey: zone\n", string.Empty)), "KS2045"));

        Assert.Equal((8, 5, 8, 15), noSelector.At());
        Assert.Equal("spec.topologySpreadConstraints[0]", noSelector.LogicalPath);
        Assert.Contains("has no labelSelector, so it counts no pods", noSelector.Message);
        Assert.Equal((8, 5, 8, 15), noKey.At());
        Assert.Contains("has no topologyKey", noKey.Message);
        Assert.Equal(2, Lint.Manifest(Pod("  - topologyKey: zone\n    labelSelector: {}\n"), "KS2045").Count);
    }

    [Fact]
    public void Templated_constraints_are_not_judged()
    {
        Assert.Empty(Lint.Manifest(Pod(Valid.Replace("maxSkew: 1", "maxSkew: \"{{ .Values.skew }}\"")), "KS2045"));
    }

    [Fact]
    public void Doc_example_before_fires_and_after_passes()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepoRoot(), "docs", "rules", "KS2045.md")).Replace("\r\n", "\n");

        Assert.NotEmpty(Lint.Manifest(Regex.Match(page, "Before:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS2045"));
        Assert.Empty(Lint.Manifest(Regex.Match(page, "After:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS2045"));
    }
}
