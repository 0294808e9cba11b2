namespace KubeSec.Tests.Rules.Networking;

public class KS4014Tests
{
    private static string Policy(string peer) =>
        Net.Policy("p", "api", "  ingress:\n  - from:\n    - " + peer + "\n");

    [Fact]
    public void Fires_at_a_peer_pod_selector_matching_no_workload()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Policy("podSelector: {matchLabels: {app: web}}")), "KS4014"));

        Assert.Equal((21, 7, 21, 18), finding.At());
        Assert.Equal("spec.ingress[0].from[0].podSelector", finding.LogicalPath);
    }

    [Fact]
    public void Passes_matching_peers_other_namespaces_and_empty_selectors()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Deployment("web"), Policy("podSelector: {matchLabels: {app: web}}")), "KS4014"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Policy("{podSelector: {matchLabels: {app: web}}, namespaceSelector: {}}")), "KS4014"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Policy("podSelector: {}")), "KS4014"));
        Assert.Empty(Lint.Manifest(Policy("podSelector: {matchLabels: {app: web}}"), "KS4014"));
    }
}
