namespace KubeSec.Tests.Rules.Workloads;

public class KS2033Tests
{
    private static string Pod(string resources) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    resources:\n" + resources;

    [Fact]
    public void Fires_on_a_different_ephemeral_storage_request()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("      requests: {ephemeral-storage: 1Gi}\n      limits: {ephemeral-storage: 2Gi}\n"), "KS2033"));

        Assert.Equal("spec.containers[app].resources.requests.ephemeral-storage", finding.LogicalPath);
    }

    [Fact]
    public void Passes_equal_values_and_containers_without_any()
    {
        Assert.Empty(Lint.Manifest(Pod("      requests: {ephemeral-storage: 2Gi}\n      limits: {ephemeral-storage: 2Gi}\n"), "KS2033"));
        Assert.Empty(Lint.Manifest(Pod("      requests: {cpu: 1}\n"), "KS2033"));
    }
}
