namespace KubeSec.Tests.Rules.Node;

public class KS6030Tests
{
    [Fact]
    public void Fires_on_all_interfaces_and_when_missing()
    {
        Assert.Equal((12, 7, 12, 29), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-controller-manager", "--bind-address=0.0.0.0"), "KS6030")).At());
        Assert.Equal((10, 5, 10, 12), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-scheduler"), "KS6030")).At());
    }

    [Fact]
    public void Passes_on_loopback_kubeadm_defaults_and_other_components()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-scheduler", "--bind-address=127.0.0.1"), "KS6030"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n", "KS6030"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--bind-address=0.0.0.0"), "KS6030"));
    }
}
