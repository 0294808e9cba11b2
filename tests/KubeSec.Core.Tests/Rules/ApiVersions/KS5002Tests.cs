namespace KubeSec.Tests.Rules.ApiVersions;

public class KS5002Tests
{
    private const string CronJob = "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n";

    [Fact]
    public void Fires_between_deprecation_and_removal_at_the_api_version()
    {
        var finding = Assert.Single(KS5001Tests.At("1.21", CronJob, "KS5002"));

        Assert.Equal((1, 13, 1, 26), finding.At());
        Assert.Equal("CronJob 'nightly' uses batch/v1beta1 CronJob, which was deprecated in Kubernetes 1.21 and is removed in 1.25 (target 1.21): use batch/v1.", finding.Message);
    }

    [Fact]
    public void Is_silent_before_deprecation_and_after_removal()
    {
        Assert.Empty(KS5001Tests.At("1.20", CronJob, "KS5002"));
        Assert.Empty(KS5001Tests.At("1.25", CronJob, "KS5002"));
        Assert.Empty(Lint.Manifest(CronJob, "KS5002"));
    }

    [Fact]
    public void Fires_on_deprecated_ga_apis_with_no_removal()
    {
        var finding = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\n", "KS5002"));

        Assert.Contains("deprecated in Kubernetes 1.33 (target 1.34): use discovery.k8s.io/v1 EndpointSlice.", finding.Message);
        Assert.Empty(KS5001Tests.At("1.32", "apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\n", "KS5002"));
    }
}
