using System.IO;
using System.Text.RegularExpressions;

namespace KubeSec.Tests.Rules.Networking;

public class KS4020Tests
{
    [Fact]
    public void Fires_at_a_node_port_type()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Service("s", "api", "  type: NodePort\n"), "KS4020"));

        Assert.Equal((7, 9, 7, 17), finding.At());
        Assert.Equal("spec.type", finding.LogicalPath);
        Assert.Contains("Service 's' has type NodePort", finding.Message);
    }

    [Theory]
    [InlineData("  type: ClusterIP\n")]
    [InlineData("  type: LoadBalancer\n")]
    [InlineData("  type: ExternalName\n")]
    [InlineData("")]
    public void Passes_other_types_and_the_default(string type)
    {
        Assert.Empty(Lint.Manifest(Net.Service("s", "api", type), "KS4020"));
    }

    [Fact]
    public void Doc_example_before_fires_and_after_passes()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepoRoot(), "docs", "rules", "KS4020.md")).Replace("\r\n", "\n");

        Assert.NotEmpty(Lint.Manifest(Regex.Match(page, "Before:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS4020"));
        Assert.Empty(Lint.Manifest(Regex.Match(page, "After:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS4020"));
    }
}
