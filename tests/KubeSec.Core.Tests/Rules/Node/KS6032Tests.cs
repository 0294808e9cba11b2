namespace KubeSec.Tests.Rules.Node;

public class KS6032Tests
{
    [Fact]
    public void Fires_when_a_token_file_is_given()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--token-auth-file=/etc/kubernetes/tokens.csv"), "KS6032"));

        Assert.Equal((12, 7, 12, 51), finding.At());
    }

    [Fact]
    public void Passes_when_absent()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver"), "KS6032"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n", "KS6032"));
    }
}
