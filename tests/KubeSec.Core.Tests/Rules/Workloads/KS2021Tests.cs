namespace KubeSec.Tests.Rules.Workloads;

public class KS2021Tests
{
    private static string Job(string extra, string metadata = "") =>
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n" + metadata + "spec:\n" + extra + "  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c}]\n";

    private static string CronJob(string extra) =>
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"@daily\"\n  jobTemplate:\n    spec:\n" + extra + "      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: c}]\n";

    [Fact]
    public void Fires_on_a_job_without_ttl_at_the_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(Job(string.Empty), "KS2021"));

        Assert.Equal((5, 1, 5, 5), finding.At());
        Assert.Equal("spec.ttlSecondsAfterFinished", finding.LogicalPath);
        Assert.StartsWith("Job 'migrate' sets no ttlSecondsAfterFinished", finding.Message);
    }

    [Fact]
    public void Fires_on_a_cronjob_template_ttl_at_its_key()
    {
        var finding = Assert.Single(Lint.Manifest(CronJob("      ttlSecondsAfterFinished: 1200\n"), "KS2021"));

        Assert.Equal((9, 7, 9, 30), finding.At());
        Assert.Equal("spec.jobTemplate.spec.ttlSecondsAfterFinished", finding.LogicalPath);
    }

    [Fact]
    public void Passes_a_job_with_ttl_a_job_owned_by_a_cronjob_and_a_cronjob_without()
    {
        Assert.Empty(Lint.Manifest(Job("  ttlSecondsAfterFinished: 100\n"), "KS2021"));
        Assert.Empty(Lint.Manifest(Job(string.Empty, "  ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: nightly, uid: x}]\n"), "KS2021"));
        Assert.Empty(Lint.Manifest(CronJob(string.Empty), "KS2021"));
    }
}
