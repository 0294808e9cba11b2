namespace KubeSec.Tests.Rules.Pods;

public class KS1008Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_an_explicit_false_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      readOnlyRootFilesystem: false\n", "KS1008"));

        Assert.Equal((9, 31, 9, 36), finding.At());
        Assert.Equal("spec.containers[c].securityContext.readOnlyRootFilesystem", finding.LogicalPath);
        Assert.Contains("sets readOnlyRootFilesystem: false", finding.Message);
    }

    [Fact]
    public void Fires_when_missing_at_the_security_context_key_or_the_first_line()
    {
        var inContext = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      runAsNonRoot: true\n", "KS1008"));
        Assert.Equal((8, 5, 8, 20), inContext.At());

        var bare = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    image: nginx:1.25\n", "KS1008"));
        Assert.Equal((7, 5, 7, 12), bare.At());
        Assert.Contains("does not set securityContext.readOnlyRootFilesystem", bare.Message);
    }

    [Fact]
    public void Checks_each_container_and_ignores_a_pod_level_value()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {readOnlyRootFilesystem: true}\n  containers:\n  - name: a\n    securityContext: {readOnlyRootFilesystem: true}\n  - name: b\n  initContainers:\n  - name: i\n";

        var findings = Lint.Manifest(yaml, "KS1008");

        Assert.Equal(new[] { "b", "i" }, findings.Select(f => f.Container).ToArray());
    }

    [Fact]
    public void Passes_true_and_skips_windows_pods()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {readOnlyRootFilesystem: yes}\n", "KS1008"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: {name: windows}\n  containers: [{name: c}]\n", "KS1008"));
    }
}
