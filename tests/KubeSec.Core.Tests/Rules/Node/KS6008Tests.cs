namespace KubeSec.Tests.Rules.Node;

public class KS6008Tests
{
    [Fact]
    public void Fires_when_neither_bootstrap_nor_files_are_set()
    {
        Assert.Equal((2, 1, 2, 27), Assert.Single(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6008")).At());
        Assert.Equal((3, 21, 3, 26), Assert.Single(Lint.Manifest(NodeYaml.Kubelet("serverTLSBootstrap: false\n"), "KS6008")).At());
        Assert.Single(Lint.Manifest(NodeYaml.Kubelet("tlsCertFile: /var/lib/kubelet/pki/kubelet.crt\n"), "KS6008"));
    }

    [Fact]
    public void Fires_when_bootstrap_is_on_but_the_rotation_gate_is_off()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("serverTLSBootstrap: true\nfeatureGates:\n  RotateKubeletServerCertificate: false\n"), "KS6008"));

        Assert.Equal((5, 35, 5, 40), finding.At());
    }

    [Fact]
    public void Passes_with_bootstrap_or_both_files()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("serverTLSBootstrap: true\n"), "KS6008"));
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("tlsCertFile: /pki/k.crt\ntlsPrivateKeyFile: /pki/k.key\n"), "KS6008"));
    }
}
