namespace KubeSec.Tests.Rules.Node;

public class KS6033Tests
{
    [Fact]
    public void Fires_once_per_missing_flag_at_the_command_key()
    {
        var one = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--etcd-certfile=/pki/a.crt"), "KS6033"));
        Assert.Equal((10, 5, 10, 12), one.At());
        Assert.Contains("--etcd-keyfile", one.Message);

        var both = Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--v=2"), "KS6033");
        Assert.Equal(2, both.Count);
    }

    [Fact]
    public void Fires_on_an_empty_value_at_the_flag()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--etcd-certfile=", "--etcd-keyfile=/pki/a.key"), "KS6033"));

        Assert.Equal((12, 7, 12, 23), finding.At());
    }

    [Fact]
    public void Passes_when_set_and_on_kubeadm_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--etcd-certfile=/pki/a.crt", "--etcd-keyfile=/pki/a.key"), "KS6033"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n", "KS6033"));
    }
}
