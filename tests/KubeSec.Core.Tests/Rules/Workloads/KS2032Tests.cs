namespace KubeSec.Tests.Rules.Workloads;

public class KS2032Tests
{
    private static string Pod(string resources) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    resources:\n" + resources;

    [Fact]
    public void Fires_on_a_different_memory_request()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("      requests: {memory: 1Gi}\n      limits: {memory: 2Gi}\n"), "KS2032"));

        Assert.Equal((9, 26, 9, 29), finding.At());
        Assert.Contains("requests 1Gi memory but its limit is 2Gi", finding.Message);
    }

    [Fact]
    public void Compares_by_value()
    {
        Assert.Empty(Lint.Manifest(Pod("      requests: {memory: 1Gi}\n      limits: {memory: 1024Mi}\n"), "KS2032"));
    }
}
