namespace KubeSec.Tests.Rules.Workloads;

public class KS2039Tests
{
    private static string Hpa(string min) =>
        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n" + min + "  maxReplicas: 10\n";

    [Fact]
    public void Fires_below_three_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Hpa("  minReplicas: 2\n"), "KS2039"));

        Assert.Equal((6, 16, 6, 17), finding.At());
        Assert.Equal("spec.minReplicas", finding.LogicalPath);
        Assert.Equal("HorizontalPodAutoscaler 'api' sets minReplicas: 2, so at low load it runs fewer pods than a three-zone cluster has zones: set minReplicas to 3 or more.", finding.Message);
        Assert.Single(Lint.Manifest(Hpa("  minReplicas: 1\n"), "KS2039"));
    }

    [Theory]
    [InlineData("  minReplicas: 3\n")]
    [InlineData("  minReplicas: 0\n")]
    [InlineData("")]
    public void Passes_three_or_more_zero_and_unset(string min)
    {
        Assert.Empty(Lint.Manifest(Hpa(min), "KS2039"));
    }
}
