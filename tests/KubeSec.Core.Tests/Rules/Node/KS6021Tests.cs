namespace KubeSec.Tests.Rules.Node;

public class KS6021Tests
{
    [Fact]
    public void Fires_on_always_allow_in_the_list()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--authorization-mode=Node,AlwaysAllow"), "KS6021"));

        Assert.Equal((12, 7, 12, 44), finding.At());
    }

    [Fact]
    public void Fires_when_missing_because_the_default_is_always_allow()
    {
        Assert.Equal((10, 5, 10, 12), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver"), "KS6021")).At());
    }

    [Fact]
    public void Passes_on_node_rbac_on_structured_authorization_and_on_kubeadm_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--authorization-mode=Node,RBAC"), "KS6021"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--authorization-config=/etc/kubernetes/authz.yaml"), "KS6021"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer: {}\n", "KS6021"));
    }
}
