namespace KubeSec.Tests.Rules.Networking;

public class KS4003Tests
{
    [Theory]
    [InlineData("NodePort")]
    [InlineData("LoadBalancer")]
    public void Fires_at_the_type(string type)
    {
        var finding = Assert.Single(Lint.Manifest(Net.Service("s", "api", "  type: " + type + "\n"), "KS4003"));

        Assert.Equal((7, 9, 7, 9 + type.Length), finding.At());
        Assert.Contains("has type " + type, finding.Message);
    }

    [Fact]
    public void Passes_cluster_ip_and_the_default()
    {
        Assert.Empty(Lint.Manifest(Net.Service("s", "api", "  type: ClusterIP\n"), "KS4003"));
        Assert.Empty(Lint.Manifest(Net.Service("s", "api"), "KS4003"));
    }
}
