namespace KubeSec.Tests.Rules.Pods;

public class KS1024Tests
{
    [Fact]
    public void Fires_on_the_pod_and_on_a_container_at_the_values()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    windowsOptions:\n      hostProcess: true\n  containers:\n  - name: c\n    securityContext:\n      windowsOptions: {hostProcess: true}\n";

        var findings = Lint.Manifest(yaml, "KS1024");

        Assert.Equal(2, findings.Count);
        Assert.Equal((7, 20, 7, 24), findings[0].At());
        Assert.Null(findings[0].Container);
        Assert.Equal("spec.containers[c].securityContext.windowsOptions.hostProcess", findings[1].LogicalPath);
    }

    [Fact]
    public void Passes_false_and_unset()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {windowsOptions: {hostProcess: false}}\n  containers: [{name: c, securityContext: {windowsOptions: {runAsUserName: x}}}]\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1024"));
    }
}
