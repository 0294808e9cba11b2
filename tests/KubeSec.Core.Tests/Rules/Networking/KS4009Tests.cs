namespace KubeSec.Tests.Rules.Networking;

public class KS4009Tests
{
    [Fact]
    public void Fires_at_the_pod_selector_when_no_workload_matches()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("p", "apl")), "KS4009"));

        Assert.Equal((18, 3, 18, 14), finding.At());
        Assert.Contains("NetworkPolicy 'p' has a podSelector that matches no workload", finding.Message);
    }

    [Fact]
    public void Passes_matching_and_empty_selectors_and_scans_without_workloads()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("p", "api")), "KS4009"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n"), "KS4009"));
        Assert.Empty(Lint.Manifest(Net.Policy("p", "apl"), "KS4009"));
    }
}
