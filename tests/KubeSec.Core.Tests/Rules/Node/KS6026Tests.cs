namespace KubeSec.Tests.Rules.Node;

public class KS6026Tests
{
    [Fact]
    public void Fires_on_a_bare_flag_and_when_missing()
    {
        Assert.Equal((12, 7, 12, 18), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-scheduler", "--profiling"), "KS6026")).At());
        Assert.Equal((10, 5, 10, 12), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-controller-manager"), "KS6026")).At());
    }

    [Fact]
    public void Passes_when_false_and_skips_etcd()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--profiling=false"), "KS6026"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("etcd"), "KS6026"));
    }

    [Fact]
    public void Reports_each_kubeadm_component()
    {
        Assert.Equal(3, Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n", "KS6026").Count);
    }
}
