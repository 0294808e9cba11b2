namespace KubeSec.Tests.Rules.Pods;

public class KS1006Tests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n";

    [Fact]
    public void Fires_when_nothing_forces_non_root()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "      containers:\n      - name: c\n", "KS1006"));

        Assert.Equal((9, 9, 9, 16), finding.At());
        Assert.Equal("spec.template.spec.containers[c].securityContext.runAsNonRoot", finding.LogicalPath);
        Assert.Contains("may run as root", finding.Message);
    }

    [Fact]
    public void Pod_level_run_as_non_root_satisfies_every_container()
    {
        var yaml = Deployment + "      securityContext:\n        runAsNonRoot: true\n      containers:\n      - name: a\n      - name: b\n      initContainers:\n      - name: i\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1006"));
    }

    [Fact]
    public void A_container_can_override_the_pod_and_is_then_reported_alone()
    {
        var yaml = Deployment + "      securityContext: {runAsNonRoot: true}\n      containers:\n      - name: a\n      - name: b\n        securityContext:\n          runAsNonRoot: false\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1006"));

        Assert.Equal("b", finding.Container);
        Assert.Equal((13, 25, 13, 30), finding.At());
        Assert.Contains("sets runAsNonRoot: false", finding.Message);
    }

    [Fact]
    public void A_non_zero_run_as_user_passes_and_zero_fires_even_with_run_as_non_root()
    {
        Assert.Empty(Lint.Manifest(Deployment + "      securityContext: {runAsUser: 1000}\n      containers: [{name: c}]\n", "KS1006"));

        var root = Assert.Single(Lint.Manifest(Deployment + "      securityContext: {runAsNonRoot: true}\n      containers:\n      - name: c\n        securityContext: {runAsUser: 0}\n", "KS1006"));
        Assert.Equal((11, 38, 11, 39), root.At());
        Assert.Contains("runAsUser: 0", root.Message);
    }

    [Fact]
    public void Root_inherited_from_the_pod_points_at_the_pod_setting()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "      securityContext:\n        runAsUser: 0\n      containers: [{name: c}]\n", "KS1006"));

        Assert.Equal("spec.template.spec.securityContext.runAsUser", finding.LogicalPath);
        Assert.Equal(9, finding.Region.StartLine);
    }
}
