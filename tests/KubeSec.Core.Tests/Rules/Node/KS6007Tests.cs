namespace KubeSec.Tests.Rules.Node;

public class KS6007Tests
{
    [Fact]
    public void Fires_on_false_at_the_value()
    {
        Assert.Equal((3, 21, 3, 26), Assert.Single(Lint.Manifest(NodeYaml.Kubelet("rotateCertificates: false\n"), "KS6007")).At());
    }

    [Fact]
    public void Fires_when_missing_because_it_defaults_to_false()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6007"));

        Assert.Equal((2, 1, 2, 27), finding.At());
        Assert.Contains("defaults to false", finding.Message);
    }

    [Fact]
    public void Passes_when_true()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("rotateCertificates: true\n"), "KS6007"));
    }

    [Fact]
    public void Passes_when_missing_in_a_kubeadm_config_file_because_kubeadm_fills_it_in()
    {
        var yaml = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n---\n" + NodeYaml.Kubelet("cgroupDriver: systemd\n");
        Assert.Empty(Lint.Manifest(yaml, "KS6007"));
    }
}
