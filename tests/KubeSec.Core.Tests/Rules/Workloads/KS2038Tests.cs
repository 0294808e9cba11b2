namespace KubeSec.Tests.Rules.Workloads;

public class KS2038Tests
{
    private static string Deployment(string replicas) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n" + replicas + "  template:\n    spec:\n      containers: [{name: c}]\n";

    private const string Hpa = "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n  minReplicas: 3\n  maxReplicas: 5\n";

    [Theory]
    [InlineData("  replicas: 1\n", "1")]
    [InlineData("  replicas: 2\n", "2")]
    public void Fires_below_three_at_the_value(string replicas, string count)
    {
        var finding = Assert.Single(Lint.Manifest(Deployment(replicas), "KS2038"));

        Assert.Equal((6, 13, 6, 14), finding.At());
        Assert.Equal("spec.replicas", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' sets replicas: " + count + ", fewer than one per zone", finding.Message);
    }

    [Theory]
    [InlineData("  replicas: 3\n")]
    [InlineData("  replicas: 0\n")]
    [InlineData("  replicas: \"{{ .Values.replicas }}\"\n")]
    [InlineData("")]
    public void Passes_three_or_more_zero_templated_and_unset(string replicas)
    {
        Assert.Empty(Lint.Manifest(Deployment(replicas), "KS2038"));
    }

    [Fact]
    public void Skips_a_workload_an_hpa_scales_and_kinds_that_are_not_replicated()
    {
        Assert.Empty(Lint.Manifest(Deployment("  replicas: 2\n") + Hpa, "KS2038"));
        Assert.Empty(Lint.Manifest("apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec:\n  replicas: 2\n", "KS2038"));
        Assert.Single(Lint.Manifest("apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata: {name: s}\nspec:\n  replicas: 2\n", "KS2038"));
    }
}
