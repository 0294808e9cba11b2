namespace KubeSec.Tests.Rules.Workloads;

public class KS2017Tests
{
    private static string Deployment(string strategy) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n" + strategy + "  template:\n    spec:\n      containers: [{name: c}]\n";

    [Fact]
    public void Fires_on_recreate_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment("  strategy:\n    type: Recreate\n"), "KS2017"));

        Assert.Equal((7, 11, 7, 19), finding.At());
        Assert.Equal("spec.strategy.type", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' uses the Recreate strategy", finding.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  strategy:\n    type: RollingUpdate\n")]
    [InlineData("  strategy:\n    rollingUpdate: {maxSurge: 1}\n")]
    public void Passes_rolling_and_unset(string strategy)
    {
        Assert.Empty(Lint.Manifest(Deployment(strategy), "KS2017"));
    }

    [Fact]
    public void Knows_the_openshift_rolling_type()
    {
        var dc = "apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata: {name: dc}\nspec:\n  strategy: {type: Rolling}\n";

        Assert.Empty(Lint.Manifest(dc, "KS2017"));
        Assert.Single(Lint.Manifest(dc.Replace("Rolling}", "Recreate}"), "KS2017"));
    }

    [Fact]
    public void Skips_recreate_for_a_pod_that_mounts_a_claim()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: db}\nspec:\n  strategy: {type: Recreate}\n  template:\n    spec:\n      volumes: [{name: data, persistentVolumeClaim: {claimName: db}}]\n      containers: [{name: c}]\n";

        Assert.Empty(Lint.Manifest(yaml, "KS2017"));
    }
}
