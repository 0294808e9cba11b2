namespace KubeSec.Tests.Rules.Node;

public class KS6001Tests
{
    [Fact]
    public void Fires_on_explicit_true_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.Kubelet("authentication:\n  anonymous:\n    enabled: true\n"), "KS6001"));

        Assert.Equal((5, 14, 5, 18), finding.At());
        Assert.Contains("authentication.anonymous.enabled: true", finding.Message);
        Assert.Equal("authentication.anonymous.enabled", finding.LogicalPath);
    }

    [Fact]
    public void Passes_when_false_or_missing_because_the_v1beta1_file_defaults_to_false()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("authentication:\n  anonymous:\n    enabled: false\n"), "KS6001"));
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("authentication: {}\n"), "KS6001"));
        Assert.Empty(Lint.Manifest(NodeYaml.Kubelet("port: 10250\n"), "KS6001"));
    }

    [Fact]
    public void Ignores_other_kinds_and_groups()
    {
        Assert.Empty(Lint.Manifest("apiVersion: example.com/v1\nkind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: true\n", "KS6001"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  enabled: \"true\"\n", "KS6001"));
    }
}
