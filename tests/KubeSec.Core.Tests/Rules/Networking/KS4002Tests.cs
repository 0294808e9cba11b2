namespace KubeSec.Tests.Rules.Networking;

public class KS4002Tests
{
    [Fact]
    public void Fires_when_only_ingress_is_covered()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("api", "api", "  policyTypes: [Ingress]\n")), "KS4002"));

        Assert.Equal((10, 7, 10, 13), finding.At());
        Assert.Contains("for ingress only", finding.Message);
    }

    [Fact]
    public void A_policy_without_policy_types_covers_ingress_and_egress_only_with_an_egress_section()
    {
        Assert.Contains("for ingress only", Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("api", "api")), "KS4002")).Message);
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("api", "api", "  egress: []\n")), "KS4002"));
    }

    [Fact]
    public void Passes_when_two_policies_cover_both_directions_and_when_no_policy_selects()
    {
        var yaml = Net.Docs(Net.Deployment("api"), Net.Policy("in", "api", "  policyTypes: [Ingress]\n"), Net.Policy("out", "api", "  policyTypes: [Egress]\n"));

        Assert.Empty(Lint.Manifest(yaml, "KS4002"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("db", "db")), "KS4002"));
    }
}
