namespace KubeSec.Tests.Rules.Pods;

public class KS1005Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_an_explicit_true_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      allowPrivilegeEscalation: true\n", "KS1005"));

        Assert.Equal((9, 33, 9, 37), finding.At());
        Assert.Contains("sets allowPrivilegeEscalation: true", finding.Message);
    }

    [Fact]
    public void Fires_when_missing_at_the_security_context_key()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      runAsNonRoot: true\n", "KS1005"));

        Assert.Equal((8, 5, 8, 20), finding.At());
        Assert.Contains("defaults to true", finding.Message);
    }

    [Fact]
    public void Fires_when_there_is_no_security_context_at_the_container_first_line()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    image: nginx:1.25\n", "KS1005"));

        Assert.Equal((7, 5, 7, 12), finding.At());
    }

    [Fact]
    public void A_pod_level_value_is_not_inherited_because_the_field_is_container_only()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {allowPrivilegeEscalation: false}\n  containers:\n  - name: c\n";

        Assert.Single(Lint.Manifest(yaml, "KS1005"));
    }

    [Fact]
    public void Passes_when_false_and_skips_windows_pods()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {allowPrivilegeEscalation: false}\n", "KS1005"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: {name: windows}\n  containers: [{name: c}]\n", "KS1005"));
    }
}
