namespace KubeSec.Tests.Rules.Pods;

public class KS1007Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    [Fact]
    public void Fires_on_a_container_run_as_group_zero_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  containers:\n  - name: c\n    securityContext:\n      runAsUser: 1001\n      runAsGroup: 0\n", "KS1007"));

        Assert.Equal((10, 19, 10, 20), finding.At());
        Assert.Contains("runAsGroup: 0", finding.Message);
    }

    [Fact]
    public void Fires_on_an_inherited_group_fs_group_or_supplemental_group_zero()
    {
        var inherited = Assert.Single(Lint.Manifest(Pod + "  securityContext: {runAsGroup: 0}\n  containers: [{name: c}]\n", "KS1007"));
        Assert.Equal("spec.securityContext.runAsGroup", inherited.LogicalPath);

        var fsGroup = Assert.Single(Lint.Manifest(Pod + "  securityContext: {fsGroup: 0}\n  containers: [{name: c}]\n", "KS1007"));
        Assert.Equal("spec.securityContext.fsGroup", fsGroup.LogicalPath);

        var supplemental = Assert.Single(Lint.Manifest(Pod + "  securityContext:\n    supplementalGroups: [1000, 0]\n  containers: [{name: c}]\n", "KS1007"));
        Assert.Equal((7, 32, 7, 33), supplemental.At());
    }

    [Fact]
    public void Passes_non_zero_groups_and_a_container_override()
    {
        Assert.Empty(Lint.Manifest(Pod + "  securityContext: {runAsGroup: 1000, fsGroup: 2000, supplementalGroups: [3000]}\n  containers: [{name: c}]\n", "KS1007"));
        Assert.Empty(Lint.Manifest(Pod + "  securityContext: {runAsGroup: 0}\n  containers:\n  - name: c\n    securityContext: {runAsGroup: 1000}\n", "KS1007"));
        Assert.Empty(Lint.Manifest(Pod + "  containers: [{name: c}]\n", "KS1007"));
    }
}
