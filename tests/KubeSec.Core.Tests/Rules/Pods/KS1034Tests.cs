namespace KubeSec.Tests.Rules.Pods;

public class KS1034Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_when_nothing_is_set_at_the_container()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    image: nginx:1.25\n", "KS1034"));

        Assert.Equal((7, 5, 7, 12), finding.At());
    }

    [Fact]
    public void Fires_when_all_is_added_back_or_the_container_unconfines_seccomp()
    {
        Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: [ALL], add: [all]}}\n", "KS1034"));
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {seccompProfile: {type: RuntimeDefault}}\n  containers: [{name: c, securityContext: {seccompProfile: {type: Unconfined}}}]\n";
        Assert.Single(Lint.Manifest(yaml, "KS1034"));
    }

    [Fact]
    public void Any_one_mechanism_passes()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}\n", "KS1034"));
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {seLinuxOptions: {level: \"s0:c1\"}}\n", "KS1034"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {seccompProfile: {type: Localhost, localhostProfile: x.json}}\n  containers: [{name: c}]\n", "KS1034"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/c: runtime/default\nspec:\n  containers: [{name: c}]\n", "KS1034"));
    }

    [Fact]
    public void An_empty_selinux_block_does_not_count()
    {
        Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      seLinuxOptions:\n", "KS1034"));
    }
}
