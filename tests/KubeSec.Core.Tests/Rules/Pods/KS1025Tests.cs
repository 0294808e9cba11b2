namespace KubeSec.Tests.Rules.Pods;

public class KS1025Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_each_capability_but_net_bind_service()
    {
        var findings = Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        add: [NET_BIND_SERVICE, CHOWN]\n", "KS1025");

        var finding = Assert.Single(findings);
        Assert.Equal((10, 33, 10, 38), finding.At());
        Assert.Contains("allows only NET_BIND_SERVICE", finding.Message);
    }

    [Fact]
    public void Passes_net_bind_service_and_skips_windows_pods()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {add: [cap_net_bind_service]}}\n", "KS1025"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: {name: windows}\n  containers: [{name: c, securityContext: {capabilities: {add: [CHOWN]}}}]\n", "KS1025"));
    }
}
