namespace KubeSec.Tests.Rules.Pods;

public class KS1020Tests
{
    [Fact]
    public void Fires_on_an_unconfined_field_inherited_from_the_pod()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    appArmorProfile:\n      type: Unconfined\n  containers: [{name: a}, {name: b, securityContext: {appArmorProfile: {type: RuntimeDefault}}}]\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1020"));

        Assert.Equal((7, 13, 7, 23), finding.At());
        Assert.Equal("a", finding.Container);
        Assert.Equal("spec.securityContext.appArmorProfile.type", finding.LogicalPath);
    }

    [Fact]
    public void Fires_on_the_legacy_annotation_of_a_workload_container()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata:\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/web: unconfined\n    spec:\n      containers: [{name: web}, {name: other}]\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1020"));

        Assert.Equal((8, 61, 8, 71), finding.At());
        Assert.Equal("web", finding.Container);
        Assert.Equal("spec.template.metadata.annotations.container.apparmor.security.beta.kubernetes.io/web", finding.LogicalPath);
    }

    [Fact]
    public void Passes_default_and_localhost_profiles()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: runtime/default\n    container.apparmor.security.beta.kubernetes.io/b: localhost/k8s-nginx\nspec:\n  containers: [{name: a}, {name: b}, {name: c, securityContext: {appArmorProfile: {type: Localhost, localhostProfile: x}}}]\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1020"));
    }
}
