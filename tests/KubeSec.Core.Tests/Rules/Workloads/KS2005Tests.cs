namespace KubeSec.Tests.Rules.Workloads;

public class KS2005Tests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n";

    [Fact]
    public void Fires_at_the_section_key_when_the_memory_requests_is_missing()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "        resources:\n          requests:\n            cpu: 1\n", "KS2005"));

        Assert.Equal((11, 11, 11, 19), finding.At());
        Assert.Equal("spec.template.spec.containers[web].resources.requests.memory", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' container 'web' sets no memory request, so ", finding.Message);
    }

    [Fact]
    public void Passes_when_set_and_fires_when_null()
    {
        Assert.Empty(Lint.Manifest(Deployment + "        resources: {requests: {memory: \"2\"}}\n", "KS2005"));
        Assert.Single(Lint.Manifest(Deployment + "        resources: {requests: {memory: null}}\n", "KS2005"));
    }
}
