namespace KubeSec.Tests.Rules.Node;

public class KS6022Tests
{
    [Fact]
    public void Fires_when_node_is_not_listed()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--authorization-mode=RBAC"), "KS6022"));

        Assert.Equal((12, 7, 12, 32), finding.At());
        Assert.Contains("without Node", finding.Message);
    }

    [Fact]
    public void Fires_on_a_kubeadm_override_at_the_value()
    {
        var yaml = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - name: authorization-mode\n    value: RBAC\n";
        Assert.Equal((6, 12, 6, 16), Assert.Single(Lint.Manifest(yaml, "KS6022")).At());
    }

    [Fact]
    public void Passes_with_node()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--authorization-mode=Node,RBAC"), "KS6022"));
    }
}
