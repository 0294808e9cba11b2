namespace KubeSec.Tests.Rules.Workloads;

public class KS2030Tests
{
    private static string Pod(string container) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: web\n" + container;

    [Fact]
    public void Fires_on_the_same_http_check_at_the_liveness_key()
    {
        var yaml = Pod("    readinessProbe:\n      httpGet: {path: /ready, port: 8080}\n    livenessProbe:\n      httpGet:\n        port: 8080\n        path: /ready\n      failureThreshold: 5\n");

        var finding = Assert.Single(Lint.Manifest(yaml, "KS2030"));

        Assert.Equal((10, 5, 10, 18), finding.At());
        Assert.Equal("spec.containers[web].livenessProbe", finding.LogicalPath);
        Assert.Contains("uses the same httpGet check as its readinessProbe", finding.Message);
    }

    [Theory]
    [InlineData("    readinessProbe: {tcpSocket: {port: 80}}\n    livenessProbe: {tcpSocket: {port: 80}}\n", 1)]
    [InlineData("    readinessProbe: {exec: {command: [a, b]}}\n    livenessProbe: {exec: {command: [a, b]}}\n", 1)]
    [InlineData("    readinessProbe: {httpGet: {path: /ready, port: 80}}\n    livenessProbe: {httpGet: {path: /live, port: 80}}\n", 0)]
    [InlineData("    readinessProbe: {httpGet: {path: /, port: 80}}\n    livenessProbe: {tcpSocket: {port: 80}}\n", 0)]
    [InlineData("    livenessProbe: {tcpSocket: {port: 80}}\n", 0)]
    public void Compares_handlers(string container, int expected)
    {
        Assert.Equal(expected, Lint.Manifest(Pod(container), "KS2030").Count);
    }
}
