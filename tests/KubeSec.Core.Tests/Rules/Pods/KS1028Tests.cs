namespace KubeSec.Tests.Rules.Pods;

public class KS1028Tests
{
    [Fact]
    public void Fires_on_each_container_when_neither_level_has_a_security_context()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {}\n  containers:\n  - name: a\n    securityContext: {}\n  - name: b\n";

        var findings = Lint.Manifest(yaml, "KS1028");

        Assert.Equal(2, findings.Count);
        Assert.Equal((8, 5, 8, 20), findings[0].At());
        Assert.Equal((9, 5, 9, 12), findings[1].At());
    }

    [Fact]
    public void Passes_when_either_level_sets_something()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers: [{name: a}]\n", "KS1028"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, securityContext: {readOnlyRootFilesystem: true}}]\n", "KS1028"));
    }
}
