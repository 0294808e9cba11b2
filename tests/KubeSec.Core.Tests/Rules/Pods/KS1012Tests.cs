namespace KubeSec.Tests.Rules.Pods;

public class KS1012Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_an_added_net_raw_at_the_item()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        add:\n        - NET_RAW\n", "KS1012"));

        Assert.Equal((11, 11, 11, 18), finding.At());
        Assert.Contains("adds NET_RAW", finding.Message);
    }

    [Fact]
    public void Fires_at_the_drop_key_when_net_raw_is_not_dropped()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        drop: [CHOWN]\n", "KS1012"));

        Assert.Equal((10, 9, 10, 13), finding.At());
        Assert.Equal("spec.containers[c].securityContext.capabilities.drop", finding.LogicalPath);
    }

    [Fact]
    public void Passes_when_net_raw_or_all_is_dropped()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: [net_raw]}}\n", "KS1012"));
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}\n", "KS1012"));
    }

    [Fact]
    public void Leaves_containers_without_a_capabilities_mapping_to_KS1009()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n", "KS1012"));
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n", "KS1012"));
        Assert.Single(Lint.Manifest(Pod + "  - name: c\n", "KS1009"));
    }
}
