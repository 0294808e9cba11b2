namespace KubeSec.Tests.Rules.Pods;

public class KS1009Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_at_the_drop_key_when_all_is_not_dropped()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        drop: [NET_RAW]\n", "KS1009"));

        Assert.Equal((10, 9, 10, 13), finding.At());
        Assert.Equal("spec.containers[c].securityContext.capabilities.drop", finding.LogicalPath);
    }

    [Fact]
    public void Fires_at_the_capabilities_key_or_the_container_when_drop_is_missing()
    {
        var caps = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        add: [CHOWN]\n", "KS1009"));
        Assert.Equal((9, 7, 9, 19), caps.At());

        var bare = Assert.Single(Lint.Manifest(Pod + "  - name: c\n", "KS1009"));
        Assert.Equal((7, 5, 7, 12), bare.At());
        Assert.Contains("does not drop ALL capabilities", bare.Message);
    }

    [Fact]
    public void Passes_all_in_any_case_and_skips_windows_pods()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: [All]}}\n", "KS1009"));
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: [NET_RAW, ALL]}}\n", "KS1009"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: {name: windows}\n  containers: [{name: c}]\n", "KS1009"));
    }

    [Fact]
    public void A_long_drop_list_without_all_still_fires()
    {
        Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: [CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, NET_RAW, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT, AUDIT_WRITE]}}\n", "KS1009"));
    }
}
