namespace KubeSec.Tests.Rules.Networking;

public class KS4015Tests
{
    private static string Pdb(string app) =>
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b}\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: " + app + "}\n";

    [Fact]
    public void Fires_at_the_selector_when_no_workload_matches()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Pdb("apl")), "KS4015"));

        Assert.Equal((19, 3, 19, 11), finding.At());
        Assert.Contains("PodDisruptionBudget 'b' has a selector that matches no workload", finding.Message);
    }

    [Fact]
    public void Passes_a_matching_selector_and_scans_without_workloads()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Pdb("api")), "KS4015"));
        Assert.Empty(Lint.Manifest(Pdb("apl"), "KS4015"));
    }
}
