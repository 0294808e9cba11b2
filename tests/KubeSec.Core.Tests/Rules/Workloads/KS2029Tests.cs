namespace KubeSec.Tests.Rules.Workloads;

public class KS2029Tests
{
    private static string Pod(string container) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: web\n" + container;

    [Fact]
    public void Fires_on_an_undeclared_port_name_at_the_port()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("    livenessProbe:\n      httpGet: {path: /, port: http}\n"), "KS2029"));

        Assert.Equal((9, 32, 9, 36), finding.At());
        Assert.Equal("spec.containers[web].livenessProbe.httpGet.port", finding.LogicalPath);
        Assert.Equal("Pod 'p' container 'web' livenessProbe targets port 'http', but no containerPort has that name, so the probe always fails: name the port or use its number.", finding.Message);
    }

    [Fact]
    public void Fires_on_a_udp_name()
    {
        Assert.Contains("not a TCP port", Assert.Single(Lint.Manifest(Pod("    ports: [{containerPort: 53, name: dns, protocol: UDP}]\n    startupProbe: {tcpSocket: {port: dns}}\n"), "KS2029")).Message);
    }

    [Theory]
    [InlineData("    ports: [{containerPort: 8080, name: http}]\n    livenessProbe: {httpGet: {port: http}}\n")]
    [InlineData("    ports: [{containerPort: 8080, name: http, protocol: TCP}]\n    livenessProbe: {httpGet: {port: 8080}}\n")]
    [InlineData("    livenessProbe: {httpGet: {port: 8080}}\n")]
    [InlineData("    ports: [{containerPort: 9999}]\n    readinessProbe: {httpGet: {port: 10254}}\n")]
    [InlineData("    livenessProbe: {exec: {command: [cat, /tmp/ok]}}\n")]
    public void Passes_declared_names_any_number_and_exec(string container)
    {
        Assert.Empty(Lint.Manifest(Pod(container), "KS2029"));
    }
}
