namespace KubeSec.Tests.Rules.Pods;

public class KS1018Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  volumes:\n  - name: host\n    hostPath: {path: /data}\n  - name: tmp\n    emptyDir: {}\n  containers:\n";

    [Fact]
    public void Fires_on_a_mount_without_read_only_at_the_mount()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    volumeMounts:\n    - name: host\n      mountPath: /data\n    - name: tmp\n      mountPath: /tmp\n", "KS1018"));

        Assert.Equal((14, 7, 14, 17), finding.At());
        Assert.Equal("spec.containers[c].volumeMounts[/data].readOnly", finding.LogicalPath);
        Assert.Contains("mounts hostPath volume 'host' (/data) writable", finding.Message);
    }

    [Fact]
    public void Fires_on_read_only_false_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    volumeMounts:\n    - name: host\n      mountPath: /data\n      readOnly: false\n", "KS1018"));

        Assert.Equal((16, 17, 16, 22), finding.At());
    }

    [Fact]
    public void Passes_read_only_mounts_and_other_volumes()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    volumeMounts:\n    - {name: host, mountPath: /data, readOnly: true}\n    - {name: tmp, mountPath: /tmp}\n    - {name: missing, mountPath: /x}\n", "KS1018"));
    }
}
