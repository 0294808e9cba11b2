namespace KubeSec.Tests.Rules.Workloads;

public class KS2007Tests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n";

    [Fact]
    public void Fires_at_the_section_key_when_the_memory_limits_is_missing()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "        resources:\n          limits:\n            cpu: 1\n", "KS2007"));

        Assert.Equal((11, 11, 11, 17), finding.At());
        Assert.Equal("spec.template.spec.containers[web].resources.limits.memory", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' container 'web' sets no memory limit, so ", finding.Message);
    }

    [Fact]
    public void Passes_when_set_and_fires_when_null()
    {
        Assert.Empty(Lint.Manifest(Deployment + "        resources: {limits: {memory: \"2\"}}\n", "KS2007"));
        Assert.Single(Lint.Manifest(Deployment + "        resources: {limits: {memory: null}}\n", "KS2007"));
    }
}
