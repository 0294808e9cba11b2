namespace KubeSec.Tests.Rules.Pods;

public class KS1040Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    private const string EveryInsecureCapability =
        "[NET_ADMIN, CHOWN, DAC_OVERRIDE, FSETID, FOWNER, MKNOD, NET_RAW, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, AUDIT_WRITE]";

    [Fact]
    public void Fires_at_the_drop_key_and_names_what_is_not_dropped()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        drop: " + EveryInsecureCapability.Replace(", AUDIT_WRITE", string.Empty) + "\n", "KS1040"));

        Assert.Equal((10, 9, 10, 13), finding.At());
        Assert.Equal("spec.containers[c].securityContext.capabilities.drop", finding.LogicalPath);
        Assert.Contains("Pod 'p' container 'c' does not drop AUDIT_WRITE,", finding.Message);
    }

    [Fact]
    public void Fires_at_the_capabilities_key_or_the_container_when_drop_is_missing()
    {
        var caps = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        add: [ALL]\n", "KS1040"));
        Assert.Equal((9, 7, 9, 19), caps.At());
        Assert.Contains("drops none of the insecure capabilities", caps.Message);

        var bare = Assert.Single(Lint.Manifest(Pod + "  - name: c\n", "KS1040"));
        Assert.Equal((7, 5, 7, 12), bare.At());
    }

    [Fact]
    public void A_pod_level_capabilities_block_does_not_count()
    {
        Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {capabilities: {drop: [ALL]}}\n  containers: [{name: c}]\n", "KS1040"));
    }

    [Theory]
    [InlineData("[ALL]")]
    [InlineData("[All]")]
    [InlineData("[cap_all]")]
    [InlineData(EveryInsecureCapability)]
    [InlineData("[net_admin, ChOwN, DaC_OverriDE, fsetid, FOWNER, MKNOD, NET_RAW, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, CAP_AUDIT_WRITE]")]
    [InlineData("['{{ .Values.drop }}']")]
    public void Passes_all_or_every_insecure_capability_in_any_case(string drop)
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: " + drop + "}}\n", "KS1040"));
    }

    [Fact]
    public void Skips_windows_pods()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: {name: windows}\n  containers: [{name: c}]\n", "KS1040"));
    }
}
