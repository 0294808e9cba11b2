namespace KubeSec.Tests.Rules.Node;

public class KS6028Tests
{
    [Fact]
    public void Fires_when_missing_at_the_extra_args_key()
    {
        var yaml = "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    audit-log-path: /var/log/audit.log\n";
        var finding = Assert.Single(Lint.Manifest(yaml, "KS6028"));

        Assert.Equal((4, 3, 4, 12), finding.At());
        Assert.Equal("apiServer.extraArgs[--kubelet-certificate-authority]", finding.LogicalPath);
    }

    [Fact]
    public void Passes_when_set()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt"), "KS6028"));
    }
}
