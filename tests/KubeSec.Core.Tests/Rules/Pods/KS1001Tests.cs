namespace KubeSec.Tests.Rules.Pods;

public class KS1001Tests
{
    private const string Header = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n";

    [Fact]
    public void Fires_on_privileged_true_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Header + "      - name: web\n        securityContext:\n          privileged: true\n", "KS1001"));

        Assert.Equal((11, 23, 11, 27), finding.At());
        Assert.Equal("web", finding.Container);
        Assert.Equal("Deployment/api", finding.Object!.ToString());
        Assert.Equal("spec.template.spec.containers[web].securityContext.privileged", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' container 'web' runs privileged", finding.Message);
    }

    [Fact]
    public void Fires_once_per_privileged_container_including_init_containers()
    {
        var yaml = Header + "      - name: a\n        securityContext: {privileged: true}\n      - name: b\n      initContainers:\n      - name: setup\n        securityContext: {privileged: true}\n";

        var findings = Lint.Manifest(yaml, "KS1001");

        Assert.Equal(new[] { "a", "setup" }, findings.Select(f => f.Container));
        Assert.Contains("init container 'setup'", findings[1].Message);
    }

    [Theory]
    [InlineData("        securityContext:\n          privileged: false\n")]
    [InlineData("        securityContext: {}\n")]
    [InlineData("        securityContext:\n          privileged: \"true\"\n")]
    [InlineData("")]
    public void Passes_when_not_privileged(string securityContext)
    {
        Assert.Empty(Lint.Manifest(Header + "      - name: web\n" + securityContext, "KS1001"));
    }

    [Fact]
    public void A_pod_level_privileged_field_does_not_count_as_it_does_not_exist_there()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {privileged: true}\n  containers:\n  - name: c\n    securityContext: {privileged: false}\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1001"));
    }
}
