namespace KubeSec.Tests.Rules.Workloads;

public class KS2018Tests
{
    private static string CronJob(string extra) =>
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 3 * * *\"\n" + extra + "  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers: [{name: c}]\n";

    [Fact]
    public void Fires_without_a_deadline_at_the_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(CronJob(string.Empty), "KS2018"));

        Assert.Equal((5, 1, 5, 5), finding.At());
        Assert.Equal("spec.startingDeadlineSeconds", finding.LogicalPath);
        Assert.StartsWith("CronJob 'nightly' sets no startingDeadlineSeconds", finding.Message);
    }

    [Fact]
    public void Passes_with_a_deadline_and_ignores_other_kinds()
    {
        Assert.Empty(Lint.Manifest(CronJob("  startingDeadlineSeconds: 200\n"), "KS2018"));
        Assert.Empty(Lint.Manifest("apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {}\n", "KS2018"));
    }
}
