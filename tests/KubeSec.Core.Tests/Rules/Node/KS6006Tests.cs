namespace KubeSec.Tests.Rules.Node;

public class KS6006Tests
{
    [Fact]
    public void Fires_on_explicit_false()
    {
        Assert.Equal((3, 25, 3, 30), Assert.Single(Lint.Manifest(NodeYaml.Kubelet("makeIPTablesUtilChains: false\n"), "KS6006")).At());
    }

    [Fact]
    public void Passes_when_true_or_missing_because_it_defaults_to_true()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("makeIPTablesUtilChains: true\n"), "KS6006"));
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6006"));
    }
}
