namespace KubeSec.Tests.Rules.Workloads;

public class KS2028Tests
{
    private static string Deployment(string replicas) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n" + replicas + "  template:\n    spec:\n      containers: [{name: c}]\n";

    private const string Hpa = "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api-hpa}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n  minReplicas: 2\n  maxReplicas: 5\n";

    [Fact]
    public void Fires_on_replicas_of_a_workload_an_hpa_scales_at_the_key()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment("  replicas: 3\n") + Hpa, "KS2028"));

        Assert.Equal((6, 3, 6, 11), finding.At());
        Assert.Equal("Deployment 'api' sets replicas while HorizontalPodAutoscaler 'api-hpa' scales it, so every apply resets the count: remove spec.replicas.", finding.Message);
    }

    [Fact]
    public void Passes_without_replicas_or_without_an_hpa()
    {
        Assert.Empty(Lint.Manifest(Deployment(string.Empty) + Hpa, "KS2028"));
        Assert.Empty(Lint.Manifest(Deployment("  replicas: 3\n"), "KS2028"));
        Assert.Empty(Lint.Manifest(Deployment("  replicas: 3\n") + Hpa.Replace("name: api}", "name: other}"), "KS2028"));
    }
}
