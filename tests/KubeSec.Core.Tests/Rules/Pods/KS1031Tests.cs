namespace KubeSec.Tests.Rules.Pods;

public class KS1031Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_tcp_port_22_with_or_without_protocol()
    {
        var findings = Lint.Manifest(Pod + "  - name: c\n    ports:\n    - containerPort: 22\n      protocol: TCP\n  - name: d\n    ports: [{containerPort: 22}]\n", "KS1031");

        Assert.Equal(2, findings.Count);
        Assert.Equal((9, 22, 9, 24), findings[0].At());
        Assert.Equal("d", findings[1].Container);
    }

    [Fact]
    public void Passes_udp_22_and_other_ports()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    ports: [{containerPort: 22, protocol: UDP}, {containerPort: 2222}]\n", "KS1031"));
    }
}
