namespace KubeSec.Tests.Rules.Node;

public class KS6002Tests
{
    [Fact]
    public void Fires_on_always_allow_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("authorization:\n  mode: AlwaysAllow\n"), "KS6002"));

        Assert.Equal((4, 9, 4, 20), finding.At());
        Assert.Contains("AlwaysAllow", finding.Message);
    }

    [Fact]
    public void Passes_on_webhook_or_missing_because_the_v1beta1_file_defaults_to_webhook()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("authorization:\n  mode: Webhook\n"), "KS6002"));
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6002"));
    }
}
