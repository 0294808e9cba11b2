namespace KubeSec.Tests.Rules.Workloads;

public class KS2006Tests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n";

    [Fact]
    public void Fires_at_the_section_key_when_the_cpu_limits_is_missing()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "        resources:\n          limits:\n            memory: 1Gi\n", "KS2006"));

        Assert.Equal((11, 11, 11, 17), finding.At());
        Assert.Equal("spec.template.spec.containers[web].resources.limits.cpu", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' container 'web' sets no cpu limit, so ", finding.Message);
    }

    [Fact]
    public void Passes_when_set_and_fires_when_null()
    {
        Assert.Empty(Lint.Manifest(Deployment + "        resources: {limits: {cpu: \"2\"}}\n", "KS2006"));
        Assert.Single(Lint.Manifest(Deployment + "        resources: {limits: {cpu: null}}\n", "KS2006"));
    }
}
