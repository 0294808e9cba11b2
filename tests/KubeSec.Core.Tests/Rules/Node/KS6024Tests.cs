namespace KubeSec.Tests.Rules.Node;

public class KS6024Tests
{
    [Fact]
    public void Fires_when_not_enabled_or_disabled()
    {
        Assert.Equal((12, 7, 12, 48), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--enable-admission-plugins=EventRateLimit"), "KS6024")).At());
        Assert.Equal((10, 5, 10, 12), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver"), "KS6024")).At());
        Assert.Equal((13, 7, 13, 50), Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--enable-admission-plugins=NodeRestriction", "--disable-admission-plugins=NodeRestriction"), "KS6024")).At());
    }

    [Fact]
    public void Passes_when_enabled_and_on_kubeadm_defaults()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--enable-admission-plugins=NamespaceLifecycle,NodeRestriction"), "KS6024"));
        Assert.Empty(Lint.Manifest("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer: {}\n", "KS6024"));
    }
}
