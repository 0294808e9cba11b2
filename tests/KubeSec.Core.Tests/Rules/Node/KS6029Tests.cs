namespace KubeSec.Tests.Rules.Node;

public class KS6029Tests
{
    [Fact]
    public void Fires_on_explicit_false()
    {
        Assert.Equal((12, 7, 12, 37), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--service-account-lookup=false"), "KS6029")).At());
    }

    [Fact]
    public void Passes_when_true_or_missing_because_it_defaults_to_true()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--service-account-lookup=true"), "KS6029"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver"), "KS6029"));
    }
}
