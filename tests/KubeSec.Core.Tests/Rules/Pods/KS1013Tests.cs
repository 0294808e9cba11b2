namespace KubeSec.Tests.Rules.Pods;

public class KS1013Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_when_no_profile_is_set_anywhere()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    image: nginx:1.25\n", "KS1013"));

        Assert.Equal((7, 5, 7, 12), finding.At());
        Assert.Equal("spec.containers[c].securityContext.seccompProfile", finding.LogicalPath);
        Assert.Contains("has no seccomp profile", finding.Message);
    }

    [Fact]
    public void Fires_on_unconfined_at_the_type_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      seccompProfile:\n        type: Unconfined\n", "KS1013"));

        Assert.Equal((10, 15, 10, 25), finding.At());
        Assert.Contains("seccompProfile.type: Unconfined", finding.Message);
    }

    [Fact]
    public void A_pod_level_profile_is_inherited_and_a_container_can_override_it()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: a\n  - name: b\n    securityContext:\n      seccompProfile: {type: Unconfined}\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1013"));

        Assert.Equal("b", finding.Container);
    }

    [Fact]
    public void Only_the_containers_without_a_profile_fire()
    {
        var yaml = Pod + "  - name: a\n    securityContext: {seccompProfile: {type: Localhost, localhostProfile: p.json}}\n  - name: b\n";

        Assert.Equal("b", Assert.Single(Lint.Manifest(yaml, "KS1013")).Container);
    }

    [Fact]
    public void Legacy_annotations_count()
    {
        var pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default\nspec:\n  containers: [{name: c}]\n";
        Assert.Empty(Lint.Manifest(pod, "KS1013"));

        var deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata:\n      annotations:\n        container.seccomp.security.alpha.kubernetes.io/a: localhost/prof.json\n    spec:\n      containers: [{name: a}, {name: b}]\n";
        Assert.Equal("b", Assert.Single(Lint.Manifest(deployment, "KS1013")).Container);

        var unconfined = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: unconfined\nspec:\n  containers: [{name: c}]\n";
        var finding = Assert.Single(Lint.Manifest(unconfined, "KS1013"));
        Assert.Equal((6, 47, 6, 57), finding.At());
        Assert.Equal("metadata.annotations.seccomp.security.alpha.kubernetes.io/pod", finding.LogicalPath);
    }

    [Fact]
    public void The_psp_default_profile_annotation_does_not_count()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seccomp.security.alpha.kubernetes.io/defaultProfileName: runtime/default\nspec:\n  containers: [{name: c}]\n";

        Assert.Single(Lint.Manifest(yaml, "KS1013"));
    }

    [Fact]
    public void Skips_windows_pods()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: {name: windows}\n  containers: [{name: c}]\n", "KS1013"));
    }
}
