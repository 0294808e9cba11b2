namespace KubeSec.Tests.Rules.Workloads;

public class KS2020Tests
{
    [Fact]
    public void Fires_on_never_for_a_pod_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Never\n  containers: [{name: c}]\n", "KS2020"));

        Assert.Equal((6, 18, 6, 23), finding.At());
        Assert.Equal("spec.restartPolicy", finding.LogicalPath);
        Assert.Equal("Pod 'p' sets restartPolicy: Never, so a crashed container is not restarted: remove it or set it to Always.", finding.Message);
    }

    [Fact]
    public void Fires_for_controllers_and_skips_jobs()
    {
        Assert.Single(Lint.Manifest("apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c}]\n", "KS2020"));
        Assert.Empty(Lint.Manifest("apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c}]\n", "KS2020"));
    }

    [Theory]
    [InlineData("  restartPolicy: Always\n")]
    [InlineData("  restartPolicy: OnFailure\n")]
    [InlineData("")]
    public void Passes_other_policies(string policy)
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n" + policy + "  containers: [{name: c}]\n", "KS2020"));
    }
}
