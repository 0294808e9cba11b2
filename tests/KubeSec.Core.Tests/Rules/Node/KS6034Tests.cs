namespace KubeSec.Tests.Rules.Node;

public class KS6034Tests
{
    [Fact]
    public void Fires_when_missing_at_the_command_key()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--secure-port=6443"), "KS6034"));

        Assert.Equal((10, 5, 10, 12), finding.At());
        Assert.Equal("spec.containers[kube-apiserver].command[--etcd-cafile]", finding.LogicalPath);
    }

    [Fact]
    public void Fires_on_an_empty_value_at_the_flag()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--etcd-cafile="), "KS6034"));

        Assert.Equal((12, 7, 12, 21), finding.At());
    }

    [Fact]
    public void Passes_when_set_and_on_kubeadm_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--etcd-cafile=/pki/a.crt"), "KS6034"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n", "KS6034"));
    }
}
