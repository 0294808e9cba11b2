namespace KubeSec.Tests.Rules.Pods;

public class KS1030Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_ports_below_1024_at_the_value()
    {
        var findings = Lint.Manifest(Pod + "  - name: c\n    ports:\n    - containerPort: 80\n    - name: https\n      containerPort: 443\n    - containerPort: 1024\n", "KS1030");

        Assert.Equal(2, findings.Count);
        Assert.Equal((9, 22, 9, 24), findings[0].At());
        Assert.Equal("spec.containers[c].ports[https].containerPort", findings[1].LogicalPath);
    }

    [Fact]
    public void Passes_unprivileged_ports()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    ports: [{containerPort: 8080}, {containerPort: \"80\"}]\n", "KS1030"));
    }
}
