namespace KubeSec.Tests.Rules.Workloads;

/// <summary>KS2031-KS2033 share <c>RequestLimitRule</c>; each rule's resource is checked in its own test class.</summary>
public class KS2031Tests
{
    private static string Pod(string resources) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    resources:\n" + resources;

    [Fact]
    public void Fires_on_a_different_request_at_the_request_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("      requests:\n        cpu: 250m\n      limits:\n        cpu: \"1\"\n"), "KS2031"));

        Assert.Equal((10, 14, 10, 18), finding.At());
        Assert.Equal("spec.containers[app].resources.requests.cpu", finding.LogicalPath);
        Assert.Equal("Pod 'p' container 'app' requests 250m cpu but its limit is 1: set the request equal to the limit.", finding.Message);
    }

    [Fact]
    public void Fires_when_only_the_request_is_set_at_the_value_key()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("      requests:\n        cpu: 200m\n        memory: 1Gi\n"), "KS2031"));

        Assert.Equal((10, 9, 10, 12), finding.At());
        Assert.Equal("spec.containers[app].resources.limits.cpu", finding.LogicalPath);
    }

    [Theory]
    [InlineData("      requests: {cpu: \"1\"}\n      limits: {cpu: 1000m}\n")]
    [InlineData("      requests: {memory: 1Gi}\n")]
    [InlineData("      requests: {cpu: \"{{ .Values.cpu }}\"}\n      limits: {cpu: \"1\"}\n")]
    public void Passes_equal_values_other_resources_and_templates(string resources)
    {
        Assert.Empty(Lint.Manifest(Pod(resources), "KS2031"));
    }
}
