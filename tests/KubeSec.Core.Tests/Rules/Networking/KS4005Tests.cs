namespace KubeSec.Tests.Rules.Networking;

public class KS4005Tests
{
    private const string Ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n  rules:\n  - host: example.com\n";

    [Fact]
    public void Fires_at_the_spec_key_when_tls_is_missing()
    {
        var finding = Assert.Single(Lint.Manifest(Ingress, "KS4005"));

        Assert.Equal((4, 1, 4, 5), finding.At());
        Assert.Contains("Ingress 'web' has no spec.tls", finding.Message);
    }

    [Fact]
    public void Fires_at_an_empty_tls_list_and_passes_a_filled_one()
    {
        Assert.Equal((7, 3, 7, 6), Assert.Single(Lint.Manifest(Ingress + "  tls: []\n", "KS4005")).At());
        Assert.Empty(Lint.Manifest(Ingress + "  tls: [{hosts: [example.com], secretName: web-tls}]\n", "KS4005"));
    }
}
