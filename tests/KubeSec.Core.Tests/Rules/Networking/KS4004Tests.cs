namespace KubeSec.Tests.Rules.Networking;

public class KS4004Tests
{
    [Fact]
    public void Fires_at_the_external_ips_key()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Service("s", "api", "  externalIPs: [203.0.113.10]\n"), "KS4004"));

        Assert.Equal((7, 3, 7, 14), finding.At());
        Assert.Contains("Service 's' sets externalIPs", finding.Message);
    }

    [Fact]
    public void Passes_an_empty_list_and_other_kinds()
    {
        Assert.Empty(Lint.Manifest(Net.Service("s", "api", "  externalIPs: []\n"), "KS4004"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nspec:\n  externalIPs: [1.2.3.4]\n", "KS4004"));
    }
}
