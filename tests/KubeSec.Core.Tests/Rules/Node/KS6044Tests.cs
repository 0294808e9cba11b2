namespace KubeSec.Tests.Rules.Node;

public class KS6044Tests
{
    [Fact]
    public void Fires_once_per_missing_flag_at_the_command_key()
    {
        var one = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("etcd", "--cert-file=/pki/a.crt"), "KS6044"));
        Assert.Equal((10, 5, 10, 12), one.At());
        Assert.Contains("--key-file", one.Message);

        var both = Lint.Manifest(NodeYaml.StaticPod("etcd", "--v=2"), "KS6044");
        Assert.Equal(2, both.Count);
    }

    [Fact]
    public void Fires_on_an_empty_value_at_the_flag()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("etcd", "--cert-file=", "--key-file=/pki/a.key"), "KS6044"));

        Assert.Equal((12, 7, 12, 19), finding.At());
    }

    [Fact]
    public void Passes_when_set_and_on_kubeadm_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("etcd", "--cert-file=/pki/a.crt", "--key-file=/pki/a.key"), "KS6044"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n", "KS6044"));
    }
}
