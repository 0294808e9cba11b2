namespace KubeSec.Tests.Rules.Node;

public class KS6009Tests
{
    [Fact]
    public void Fires_once_per_weak_suite_at_the_item()
    {
        var yaml = NodeYaml.Kubelet("tlsCipherSuites:\n- TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n- TLS_RSA_WITH_AES_128_CBC_SHA\n- TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA\n");
        var findings = Lint.Manifest(yaml, "KS6009");

        Assert.Equal(2, findings.Count);
        Assert.Equal((5, 3, 5, 31), findings[0].At());
        Assert.Contains("TLS_RSA_WITH_AES_128_CBC_SHA", findings[0].Message);
    }

    [Fact]
    public void Passes_on_strong_suites_and_when_unset()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("tlsCipherSuites: [TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256]\n"), "KS6009"));
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6009"));
    }
}
