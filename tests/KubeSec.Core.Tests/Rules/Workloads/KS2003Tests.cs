namespace KubeSec.Tests.Rules.Workloads;

public class KS2003Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_a_container_without_readiness_probe()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: web\n    livenessProbe: {httpGet: {port: 8080, path: /healthz}}\n", "KS2003"));

        Assert.Equal((7, 5, 7, 14), finding.At());
        Assert.Equal("spec.containers[web].readinessProbe", finding.LogicalPath);
        Assert.Contains("Pod 'p' container 'web' has no readinessProbe", finding.Message);
    }

    [Fact]
    public void Passes_with_a_readiness_probe_and_skips_init_containers_and_jobs()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: web\n    readinessProbe: {httpGet: {port: 8080}}\n", "KS2003"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: i}]\n  containers: [{name: c, readinessProbe: {tcpSocket: {port: 1}}}]\n", "KS2003"));
        Assert.Empty(Lint.Manifest("apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "KS2003"));
    }
}
