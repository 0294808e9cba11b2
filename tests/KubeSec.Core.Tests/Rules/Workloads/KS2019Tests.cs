namespace KubeSec.Tests.Rules.Workloads;

public class KS2019Tests
{
    private static string CronJob(string policy) =>
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n" + policy + "          containers: [{name: c}]\n";

    [Fact]
    public void Fires_when_unset_at_the_pod_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(CronJob(string.Empty), "KS2019"));

        Assert.Equal((9, 9, 9, 13), finding.At());
        Assert.Equal("spec.jobTemplate.spec.template.spec.restartPolicy", finding.LogicalPath);
        Assert.Contains("defaults to Always, which Jobs reject", finding.Message);
    }

    [Fact]
    public void Fires_on_always_at_the_value_and_on_a_miscased_key()
    {
        Assert.Equal((10, 26, 10, 32), Assert.Single(Lint.Manifest(CronJob("          restartPolicy: Always\n"), "KS2019")).At());
        Assert.Single(Lint.Manifest(CronJob("          RestartPolicy: Once\n"), "KS2019"));
    }

    [Theory]
    [InlineData("OnFailure")]
    [InlineData("Never")]
    public void Passes_valid_policies_and_checks_jobs_too(string policy)
    {
        Assert.Empty(Lint.Manifest(CronJob("          restartPolicy: " + policy + "\n"), "KS2019"));
        Assert.Single(Lint.Manifest("apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "KS2019"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n", "KS2019"));
    }
}
