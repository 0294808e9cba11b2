namespace KubeSec.Tests.Rules.Pods;

public class KS1010Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_each_capability_beyond_the_baseline_set_at_the_item()
    {
        var findings = Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        add: [CHOWN, NET_RAW, cap_sys_ptrace]\n", "KS1010");

        Assert.Equal(2, findings.Count);
        Assert.Equal((10, 22, 10, 29), findings[0].At());
        Assert.Equal("spec.containers[c].securityContext.capabilities.add[NET_RAW]", findings[0].LogicalPath);
        Assert.Equal((10, 31, 10, 45), findings[1].At());
        Assert.Contains("adds capability cap_sys_ptrace", findings[1].Message);
    }

    [Fact]
    public void Fires_on_all()
    {
        Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {add: [ALL]}}\n", "KS1010"));
    }

    [Fact]
    public void Passes_baseline_capabilities_and_no_add()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {add: [NET_BIND_SERVICE, CAP_CHOWN, kill, SYS_CHROOT]}}\n", "KS1010"));
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {add: NET_RAW}}\n", "KS1010"));
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n", "KS1010"));
    }
}
