namespace KubeSec.Tests.Rules.Node;

public class KS6042Tests
{
    [Fact]
    public void Fires_when_missing_or_false()
    {
        Assert.Equal((10, 5, 10, 12), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("etcd", "--data-dir=/var/lib/etcd"), "KS6042")).At());
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("etcd", "--peer-client-cert-auth=false"), "KS6042"));
        Assert.Equal((12, 7, 12, 36), finding.At());
        Assert.Equal("etcd", finding.Container);
    }

    [Fact]
    public void Passes_when_true_and_on_kubeadm_local_etcd_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("etcd", "--peer-client-cert-auth=true"), "KS6042"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  local:\n    dataDir: /var/lib/etcd\n", "KS6042"));
    }
}
