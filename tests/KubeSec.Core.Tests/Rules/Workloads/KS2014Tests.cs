namespace KubeSec.Tests.Rules.Workloads;

public class KS2014Tests
{
    private static string Pdb(string policy) =>
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  " + policy + "\n  selector: {matchLabels: {app: api}}\n";

    private static string Deployment(int replicas) =>
        "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  replicas: " + replicas + "\n  template:\n    metadata: {labels: {app: api}}\n    spec:\n      containers: [{name: c}]\n";

    [Theory]
    [InlineData("maxUnavailable: 0", "maxUnavailable: 0,", 20)]
    [InlineData("maxUnavailable: 0%", "maxUnavailable: 0%,", 21)]
    [InlineData("minAvailable: 100%", "minAvailable: 100%,", 21)]
    public void Fires_on_budgets_that_never_allow_an_eviction(string policy, string message, int endColumn)
    {
        var finding = Assert.Single(Lint.Manifest(Pdb(policy), "KS2014"));

        Assert.Equal((6, policy.IndexOf(':') + 5, 6, endColumn), finding.At());
        Assert.Contains("PodDisruptionBudget 'api' sets " + message, finding.Message);
    }

    [Theory]
    [InlineData("minAvailable: 3", 3)]
    [InlineData("minAvailable: 4", 3)]
    [InlineData("minAvailable: 90%", 3)]
    public void Fires_when_min_available_reaches_the_replica_count(string policy, int replicas)
    {
        var finding = Assert.Single(Lint.Manifest(Pdb(policy) + Deployment(replicas), "KS2014"));

        Assert.Equal("spec.minAvailable", finding.LogicalPath);
        Assert.Contains("while Deployment 'api' runs 3 replica(s)", finding.Message);
    }

    [Theory]
    [InlineData("minAvailable: 2")]
    [InlineData("minAvailable: 60%")]
    [InlineData("maxUnavailable: 1")]
    [InlineData("maxUnavailable: 10%")]
    public void Passes_budgets_that_leave_room(string policy)
    {
        Assert.Empty(Lint.Manifest(Pdb(policy) + Deployment(3), "KS2014"));
    }

    [Fact]
    public void Uses_the_hpa_minimum_when_an_hpa_scales_the_workload()
    {
        const string hpa = "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api}\nspec:\n  scaleTargetRef: {kind: Deployment, name: api}\n  minReplicas: 2\n  maxReplicas: 9\n";

        Assert.Contains("at the minimum of its HorizontalPodAutoscaler", Assert.Single(Lint.Manifest(Pdb("minAvailable: 2") + Deployment(5) + hpa, "KS2014")).Message);
        Assert.Empty(Lint.Manifest(Pdb("minAvailable: 1") + Deployment(5) + hpa, "KS2014"));
    }

    [Fact]
    public void Does_not_compare_with_a_workload_it_does_not_select_or_of_unknown_size()
    {
        Assert.Empty(Lint.Manifest(Pdb("minAvailable: 3") + Deployment(3).Replace("app: api}", "app: other}"), "KS2014"));
        Assert.Empty(Lint.Manifest(Pdb("minAvailable: 3") + Deployment(3).Replace("  replicas: 3\n", string.Empty), "KS2014"));
    }
}
