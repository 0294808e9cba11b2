namespace KubeSec.Tests.Rules.Node;

public class KS6031Tests
{
    [Fact]
    public void Fires_when_missing_or_false()
    {
        Assert.Equal((10, 5, 10, 12), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-controller-manager"), "KS6031")).At());
        Assert.Equal((12, 7, 12, 46), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-controller-manager", "--use-service-account-credentials=false"), "KS6031")).At());
    }

    [Fact]
    public void Passes_when_true_and_on_kubeadm_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-controller-manager", "--use-service-account-credentials=true"), "KS6031"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\ncontrollerManager: {}\n", "KS6031"));
    }
}
