namespace KubeSec.Tests.Rules.Pods;

public class KS1019Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_at_the_host_port_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n    - containerPort: 9090\n", "KS1019"));

        Assert.Equal((10, 17, 10, 21), finding.At());
        Assert.Equal("spec.containers[c].ports[80].hostPort", finding.LogicalPath);
        Assert.Contains("sets hostPort 8080", finding.Message);
    }

    [Fact]
    public void Passes_zero_and_no_host_port()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    ports:\n    - {containerPort: 80, hostPort: 0}\n    - {containerPort: 81}\n", "KS1019"));
    }
}
