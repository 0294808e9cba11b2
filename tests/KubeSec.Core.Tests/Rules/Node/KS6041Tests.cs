namespace KubeSec.Tests.Rules.Node;

public class KS6041Tests
{
    [Fact]
    public void Fires_on_true()
    {
        Assert.Equal((12, 7, 12, 22), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("etcd", "--auto-tls=true"), "KS6041")).At());
        var kubeadm = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs:\n    - name: auto-tls\n      value: \"true\"\n";
        Assert.Single(Lint.Manifest(kubeadm, "KS6041"));
    }

    [Fact]
    public void Passes_when_false_or_missing_and_on_external_etcd()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("etcd", "--auto-tls=false"), "KS6041"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("etcd"), "KS6041"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  external:\n    endpoints: [https://10.0.0.1:2379]\n", "KS6041"));
    }
}
