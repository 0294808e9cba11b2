namespace KubeSec.Tests.Rules.Rbac;

public class KS3012Tests
{
    [Fact]
    public void Fires_at_nodes_proxy()
    {
        var finding = Assert.Single(Lint.Manifest(Rbac.Role("r", "nodes, nodes/proxy", "get, list", kind: "ClusterRole"), "KS3012"));

        Assert.Equal((6, 22, 6, 33), finding.At());
        Assert.Contains("allows 'get' on 'nodes/proxy'", finding.Message);
    }

    [Fact]
    public void Passes_nodes_metrics_and_platform_roles()
    {
        Assert.Empty(Lint.Manifest(Rbac.Role("r", "nodes/metrics, nodes/stats", "get", kind: "ClusterRole"), "KS3012"));
        Assert.Empty(Lint.Manifest(Rbac.Role("system:r", "nodes/proxy", "get", kind: "ClusterRole"), "KS3012"));
        Assert.Empty(Lint.Manifest(Rbac.Role("r", "nodes/proxy", "list", kind: "ClusterRole"), "KS3012"));
    }
}
