namespace KubeSec.Tests.Rules.Pods;

public class KS1026Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c}]\n  volumes:\n";

    [Fact]
    public void Fires_at_the_type_key_of_each_other_volume_type()
    {
        var findings = Lint.Manifest(Pod + "  - name: a\n    nfs: {server: nfs.local, path: /x}\n  - name: b\n    hostPath: {path: /data}\n  - name: c\n    emptyDir: {}\n", "KS1026");

        Assert.Equal(2, findings.Count);
        Assert.Equal((9, 5, 9, 8), findings[0].At());
        Assert.Equal("spec.volumes[b].hostPath", findings[1].LogicalPath);
    }

    [Fact]
    public void Passes_the_allowed_types()
    {
        var yaml = Pod + "  - {name: a, configMap: {name: x}}\n  - {name: b, csi: {driver: d}}\n  - {name: c, downwardAPI: {items: []}}\n  - {name: d, emptyDir: {}}\n  - {name: e, ephemeral: {}}\n  - {name: f, persistentVolumeClaim: {claimName: x}}\n  - {name: g, projected: {sources: []}}\n  - {name: h, secret: {secretName: x}}\n  - {name: i}\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1026"));
    }
}
