namespace KubeSec.Tests.Rules.Workloads;

public class KS2025Tests
{
    private static string Hpa(string replicas) =>
        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef: {kind: Deployment, name: api}\n" + replicas;

    [Fact]
    public void Fires_when_max_equals_min_at_max()
    {
        var finding = Assert.Single(Lint.Manifest(Hpa("  minReplicas: 5\n  maxReplicas: 5\n"), "KS2025"));

        Assert.Equal((8, 16, 8, 17), finding.At());
        Assert.Equal("spec.maxReplicas", finding.LogicalPath);
    }

    [Theory]
    [InlineData("  minReplicas: 5\n  maxReplicas: 10\n")]
    [InlineData("  maxReplicas: 1\n")]
    public void Passes_a_range_and_an_unset_minimum(string replicas)
    {
        Assert.Empty(Lint.Manifest(Hpa(replicas), "KS2025"));
    }
}
