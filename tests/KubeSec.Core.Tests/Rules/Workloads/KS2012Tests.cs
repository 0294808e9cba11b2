namespace KubeSec.Tests.Rules.Workloads;

public class KS2012Tests
{
    private static string Deployment(string replicas) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n" + replicas + "  template:\n    spec:\n      containers: [{name: c}]\n";

    private const string Hpa = "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n  minReplicas: 2\n  maxReplicas: 5\n";

    [Fact]
    public void Fires_on_one_replica_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment("  replicas: 1\n"), "KS2012"));

        Assert.Equal((6, 13, 6, 14), finding.At());
        Assert.Equal("spec.replicas", finding.LogicalPath);
        Assert.Equal("Deployment 'api' sets replicas: 1, so it is unavailable whenever its only pod restarts, moves or is evicted: run 2 or more replicas or scale it with an HPA.", finding.Message);
    }

    [Theory]
    [InlineData("  replicas: 2\n")]
    [InlineData("  replicas: 0\n")]
    [InlineData("")]
    public void Passes_two_or_more_zero_and_unset(string replicas)
    {
        Assert.Empty(Lint.Manifest(Deployment(replicas), "KS2012"));
    }

    [Fact]
    public void Skips_a_workload_an_hpa_scales_and_kinds_that_are_not_replicated()
    {
        Assert.Empty(Lint.Manifest(Deployment("  replicas: 1\n") + Hpa, "KS2012"));
        Assert.Empty(Lint.Manifest("apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: r}\nspec:\n  replicas: 1\n", "KS2012"));
        Assert.Single(Lint.Manifest("apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  replicas: 1\n", "KS2012"));
    }
}
