namespace KubeSec.Tests.Rules.Node;

public class KS6027Tests
{
    [Fact]
    public void Fires_when_missing_or_empty()
    {
        Assert.Equal((10, 5, 10, 12), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver"), "KS6027")).At());
        Assert.Equal((12, 7, 12, 24), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--audit-log-path="), "KS6027")).At());
    }

    [Fact]
    public void Passes_with_a_path_or_a_webhook()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--audit-log-path=/var/log/audit.log"), "KS6027"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--audit-webhook-config-file=/etc/kubernetes/audit-webhook.yaml"), "KS6027"));
    }
}
