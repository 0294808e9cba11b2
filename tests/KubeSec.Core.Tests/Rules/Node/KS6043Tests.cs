namespace KubeSec.Tests.Rules.Node;

public class KS6043Tests
{
    [Fact]
    public void Fires_on_true()
    {
        Assert.Equal((12, 7, 12, 27), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("etcd", "--peer-auto-tls=true"), "KS6043")).At());
        var kubeadm = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs:\n    - name: peer-auto-tls\n      value: \"true\"\n";
        Assert.Single(Lint.Manifest(kubeadm, "KS6043"));
    }

    [Fact]
    public void Passes_when_false_or_missing_and_on_external_etcd()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("etcd", "--peer-auto-tls=false"), "KS6043"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("etcd"), "KS6043"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  external:\n    endpoints: [https://10.0.0.1:2379]\n", "KS6043"));
    }
}
