namespace KubeSec.Tests.Rules.Node;

public class KS6003Tests
{
    [Fact]
    public void Fires_when_missing_at_the_nearest_parent()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("authentication:\n  x509: {}\n"), "KS6003"));

        Assert.Equal((4, 3, 4, 7), finding.At());
        Assert.Equal("authentication.x509.clientCAFile", finding.LogicalPath);
    }

    [Fact]
    public void Fires_at_the_kind_line_when_there_is_no_authentication()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6003"));

        Assert.Equal((2, 1, 2, 27), finding.At());
    }

    [Fact]
    public void Passes_when_set()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n"), "KS6003"));
    }

    [Fact]
    public void Passes_when_missing_in_a_kubeadm_config_file_because_kubeadm_fills_it_in()
    {
        var yaml = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n---\n" + NodeYaml.Kubelet("cgroupDriver: systemd\n");
        Assert.Empty(Lint.Manifest(yaml, "KS6003"));
    }
}
