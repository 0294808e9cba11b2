namespace KubeSec.Tests.Rules.Pods;

public class KS1016Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c}]\n  volumes:\n";

    [Theory]
    [InlineData("/")]
    [InlineData("/etc")]
    [InlineData("/etc/")]
    [InlineData("/proc/1/ns")]
    [InlineData("/sys/fs/cgroup")]
    [InlineData("/var/lib/kubelet/pki")]
    [InlineData("/etc/kubernetes/manifests")]
    [InlineData("//var/lib/docker")]
    [InlineData("/root/.ssh")]
    [InlineData("/dev")]
    [InlineData("/usr")]
    [InlineData("/var/lib/../../boot")]
    public void Fires_on_sensitive_paths(string path)
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: host\n    hostPath:\n      path: " + path + "\n", "KS1016"));

        Assert.Equal((10, 13, 10, 13 + path.Length), finding.At());
        Assert.Equal("spec.volumes[host].hostPath.path", finding.LogicalPath);
    }

    [Theory]
    [InlineData("/data")]
    [InlineData("/var/log")]
    [InlineData("/etc/ssl/certs")]
    [InlineData("/usr/share/zoneinfo")]
    [InlineData("/mnt/disks/ssd0")]
    public void Passes_other_paths(string path)
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: host\n    hostPath:\n      path: " + path + "\n", "KS1016"));
    }
}
