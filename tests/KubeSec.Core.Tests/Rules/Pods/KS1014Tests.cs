namespace KubeSec.Tests.Rules.Pods;

public class KS1014Tests
{
    [Fact]
    public void Fires_on_an_inherited_unconfined_profile_at_the_pod_value()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers: [{name: a}, {name: b, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1014"));

        Assert.Equal((7, 13, 7, 23), finding.At());
        Assert.Equal("a", finding.Container);
        Assert.Equal("spec.securityContext.seccompProfile.type", finding.LogicalPath);
    }

    [Fact]
    public void Fires_on_the_legacy_container_annotation()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.seccomp.security.alpha.kubernetes.io/c: unconfined\nspec:\n  containers: [{name: c}]\n";

        Assert.Contains("unconfined", Assert.Single(Lint.Manifest(yaml, "KS1014")).Message);
    }

    [Fact]
    public void Passes_a_missing_or_confined_profile()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n", "KS1014"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {seccompProfile: {type: Unconfined}}\n  containers: [{name: c, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n", "KS1014"));
    }
}
