namespace KubeSec.Tests.Rules.Node;

public class KS6023Tests
{
    [Fact]
    public void Fires_when_rbac_is_not_listed()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--authorization-mode=Node,Webhook"), "KS6023"));

        Assert.Equal((12, 7, 12, 40), finding.At());
    }

    [Fact]
    public void Passes_with_rbac_and_with_kubeadm_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--authorization-mode=Node,RBAC"), "KS6023"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n", "KS6023"));
    }
}
