namespace KubeSec.Tests.Rules.Networking;

public class KS4006Tests
{
    [Fact]
    public void Fires_at_an_explicit_default_namespace()
    {
        var finding = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: default\n", "KS4006"));

        Assert.Equal((5, 14, 5, 21), finding.At());
        Assert.Contains("is in the default namespace", finding.Message);
    }

    [Fact]
    public void Fires_at_the_metadata_key_when_missing()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Deployment("api"), "KS4006"));

        Assert.Equal((3, 1, 3, 9), finding.At());
        Assert.Contains("has no metadata.namespace", finding.Message);
    }

    [Fact]
    public void Passes_a_namespace_and_other_kinds()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: shop}\n", "KS4006"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", "KS4006"));
    }
}
