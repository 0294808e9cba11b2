using KubeSec.Model;
using KubeSec.Scanning;

namespace KubeSec.Tests.Rules.Pods;

public class KS1023Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c}]\n  securityContext:\n    sysctls:\n";

    [Fact]
    public void Fires_on_each_unsafe_sysctl_at_its_name()
    {
        var findings = Lint.Manifest(Pod + "    - name: kernel.sem\n      value: \"250 32000 32 128\"\n    - {name: net.ipv4.tcp_syncookies, value: \"1\"}\n    - {name: net.core.somaxconn, value: \"1024\"}\n", "KS1023");

        Assert.Equal(2, findings.Count);
        Assert.Equal((9, 13, 9, 23), findings[0].At());
        Assert.Equal("spec.securityContext.sysctls[kernel.sem]", findings[0].LogicalPath);
        Assert.Contains("net.core.somaxconn", findings[1].Message);
    }

    [Fact]
    public void The_safe_set_follows_the_target_version()
    {
        var yaml = Pod + "    - {name: net.ipv4.tcp_keepalive_time, value: \"600\"}\n    - {name: net/ipv4/ip_local_port_range, value: \"1024 65000\"}\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1023"));
        var old = new Scanner(new ScanOptions { KubernetesVersion = new KubernetesVersion(1, 28) }).ScanManifestText("a.yaml", yaml);
        Assert.Contains("tcp_keepalive_time", Assert.Single(old, f => f.RuleId == "KS1023").Message);
    }
}
