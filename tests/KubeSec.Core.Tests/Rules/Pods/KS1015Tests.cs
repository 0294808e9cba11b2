namespace KubeSec.Tests.Rules.Pods;

public class KS1015Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c}]\n  volumes:\n";

    [Fact]
    public void Fires_at_the_host_path_key_of_each_host_path_volume()
    {
        var findings = Lint.Manifest(Pod + "  - name: data\n    hostPath:\n      path: /data\n  - name: tmp\n    emptyDir: {}\n  - name: logs\n    hostPath: {path: /var/log}\n", "KS1015");

        Assert.Equal(2, findings.Count);
        Assert.Equal((9, 5, 9, 13), findings[0].At());
        Assert.Equal("spec.volumes[data].hostPath", findings[0].LogicalPath);
        Assert.Contains("volume 'data' is a hostPath volume (/data)", findings[0].Message);
        Assert.Null(findings[0].Container);
    }

    [Fact]
    public void Passes_other_volume_types()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: a\n    emptyDir: {}\n  - name: b\n    configMap: {name: cm}\n", "KS1015"));
    }
}
