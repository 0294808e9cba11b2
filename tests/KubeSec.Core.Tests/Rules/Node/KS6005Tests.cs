namespace KubeSec.Tests.Rules.Node;

public class KS6005Tests
{
    [Fact]
    public void Fires_when_false_at_the_value_and_when_missing_at_the_kind_line()
    {
        Assert.Equal((3, 24, 3, 29), Assert.Single(Lint.Manifest(NodeYaml.Kubelet("protectKernelDefaults: false\n"), "KS6005")).At());
        Assert.Equal((2, 1, 2, 27), Assert.Single(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6005")).At());
    }

    [Fact]
    public void Passes_when_true()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("protectKernelDefaults: true\n"), "KS6005"));
    }

    [Fact]
    public void Is_opt_in()
    {
        Assert.False(KubeSec.Rules.Node.KS6005KubeletKernelDefaultsUnprotected.Rule.EnabledByDefault);
    }
}
