namespace KubeSec.Tests.Rules.Workloads;

public class KS2015Tests
{
    private static string Hpa(string min) =>
        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef: {kind: Deployment, name: api}\n" + min + "  maxReplicas: 10\n";

    [Fact]
    public void Fires_on_min_replicas_one_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Hpa("  minReplicas: 1\n"), "KS2015"));

        Assert.Equal((7, 16, 7, 17), finding.At());
        Assert.Equal("spec.minReplicas", finding.LogicalPath);
        Assert.StartsWith("HorizontalPodAutoscaler 'api' sets minReplicas: 1", finding.Message);
    }

    [Theory]
    [InlineData("  minReplicas: 2\n")]
    [InlineData("  minReplicas: 0\n")]
    [InlineData("")]
    public void Passes_two_or_more_zero_and_unset(string min)
    {
        Assert.Empty(Lint.Manifest(Hpa(min), "KS2015"));
    }
}
