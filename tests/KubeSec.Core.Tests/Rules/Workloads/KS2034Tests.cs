namespace KubeSec.Tests.Rules.Workloads;

public class KS2034Tests
{
    private static string Pod(string resources) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n" + resources;

    [Fact]
    public void Fires_on_a_missing_limit_at_the_limits_key()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("    resources:\n      limits:\n        cpu: 200m\n      requests:\n        ephemeral-storage: 2Gi\n"), "KS2034"));

        Assert.Equal((9, 7, 9, 13), finding.At());
        Assert.Equal("spec.containers[app].resources.limits.ephemeral-storage", finding.LogicalPath);
        Assert.Equal("Pod 'p' container 'app' sets no ephemeral-storage limit, so it can fill its node's disk and get other pods evicted: set both.", finding.Message);
    }

    [Fact]
    public void Fires_on_a_missing_request_and_on_neither()
    {
        Assert.Contains("no ephemeral-storage request,", Assert.Single(Lint.Manifest(Pod("    resources:\n      limits: {ephemeral-storage: 2Gi}\n"), "KS2034")).Message);
        Assert.Equal((7, 5, 7, 14), Assert.Single(Lint.Manifest(Pod("    image: a:1\n"), "KS2034")).At());
    }

    [Fact]
    public void Passes_with_both()
    {
        Assert.Empty(Lint.Manifest(Pod("    resources:\n      requests: {ephemeral-storage: 1Gi}\n      limits: {ephemeral-storage: 2Gi}\n"), "KS2034"));
    }
}
