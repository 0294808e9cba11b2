namespace KubeSec.Tests.Rules.Node;

public class KS6004Tests
{
    [Fact]
    public void Fires_on_a_non_zero_port_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("readOnlyPort: 10255\n"), "KS6004"));

        Assert.Equal((3, 15, 3, 20), finding.At());
        Assert.Contains("readOnlyPort: 10255", finding.Message);
    }

    [Fact]
    public void Passes_when_zero_or_missing_because_the_v1beta1_file_defaults_to_zero()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("readOnlyPort: 0\n"), "KS6004"));
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6004"));
    }
}
