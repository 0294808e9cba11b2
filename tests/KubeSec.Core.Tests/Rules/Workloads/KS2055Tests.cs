namespace KubeSec.Tests.Rules.Workloads;

public class KS2055Tests
{
    private const string Deployment =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata: {labels: {app: api}}\n    spec:\n      containers: [{name: c}]\n";

    private static string Pdb(string policy, string app = "api") =>
        "---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: api-pdb}\nspec:\n  " + policy + "\n  selector: {matchLabels: {app: " + app + "}}\n";

    private static string Hpa(string minReplicas, string target = "api") =>
        "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api-hpa}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: " + target + "}\n" + minReplicas + "  maxReplicas: 20\n";

    [Fact]
    public void Fires_on_the_workload_name_when_min_available_exceeds_the_hpa_minimum()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + Pdb("minAvailable: 10") + Hpa("  minReplicas: 5\n"), "KS2055"));

        Assert.Equal((4, 9, 4, 12), finding.At());
        Assert.Equal("metadata.name", finding.LogicalPath);
        Assert.Equal("Deployment/api", finding.Object!.ToString());
        Assert.Contains("Deployment 'api' is selected by PodDisruptionBudget 'api-pdb' with minAvailable: 10 but scaled down to 5 replica(s) by HorizontalPodAutoscaler 'api-hpa'", finding.Message);
    }

    [Fact]
    public void Takes_a_percentage_of_the_hpa_minimum_rounded_up()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + Pdb("minAvailable: 150%") + Hpa("  minReplicas: 10\n"), "KS2055"));
        Assert.Contains("minAvailable: 150% (15 pods)", finding.Message);

        Assert.Single(Lint.Manifest(Deployment + Pdb("minAvailable: 101%") + Hpa("  minReplicas: 10\n"), "KS2055"));
        Assert.Empty(Lint.Manifest(Deployment + Pdb("minAvailable: 100%") + Hpa("  minReplicas: 10\n"), "KS2055"));
        Assert.Empty(Lint.Manifest(Deployment + Pdb("minAvailable: 50%") + Hpa("  minReplicas: 5\n"), "KS2055"));
    }

    [Theory]
    [InlineData("minAvailable: 5", "  minReplicas: 5\n")]
    [InlineData("minAvailable: 2", "  minReplicas: 5\n")]
    [InlineData("maxUnavailable: 5", "  minReplicas: 2\n")]
    [InlineData("minAvailable: 2", "")]
    [InlineData("minAvailable: '{{ .Values.min }}'", "  minReplicas: 1\n")]
    [InlineData("minAvailable: 3", "  minReplicas: '{{ .Values.min }}'\n")]
    public void Passes_budgets_the_hpa_minimum_can_meet_or_values_it_cannot_read(string policy, string minReplicas)
    {
        Assert.Empty(Lint.Manifest(Deployment + Pdb(policy) + Hpa(minReplicas), "KS2055"));
    }

    [Fact]
    public void Needs_both_a_budget_and_an_autoscaler_of_the_workload()
    {
        Assert.Empty(Lint.Manifest(Deployment + Pdb("minAvailable: 10"), "KS2055"));
        Assert.Empty(Lint.Manifest(Deployment + Hpa("  minReplicas: 5\n"), "KS2055"));
        Assert.Empty(Lint.Manifest(Deployment + Pdb("minAvailable: 10", app: "other") + Hpa("  minReplicas: 5\n"), "KS2055"));
        Assert.Empty(Lint.Manifest(Deployment + Pdb("minAvailable: 10") + Hpa("  minReplicas: 5\n", target: "other"), "KS2055"));
    }

    [Fact]
    public void Checks_statefulsets_too()
    {
        var statefulSet = Deployment.Replace("kind: Deployment", "kind: StatefulSet");
        var hpa = Hpa("  minReplicas: 2\n").Replace("kind: Deployment", "kind: StatefulSet");

        Assert.Equal("StatefulSet/api", Assert.Single(Lint.Manifest(statefulSet + Pdb("minAvailable: 3") + hpa, "KS2055")).Object!.ToString());
    }
}
