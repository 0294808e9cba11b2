namespace KubeSec.Tests.Rules.Workloads;

public class KS2023Tests
{
    private static string Deployment(string podSpec, string replicas = "  replicas: 3\n") =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n" + replicas + "  template:\n    spec:\n" + podSpec + "      containers: [{name: c}]\n";

    [Fact]
    public void Fires_without_constraints_at_the_pod_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment(string.Empty), "KS2023"));

        Assert.Equal((8, 5, 8, 9), finding.At());
        Assert.Equal("spec.template.spec.topologySpreadConstraints", finding.LogicalPath);
    }

    [Fact]
    public void Fires_on_an_empty_list_at_its_key()
    {
        Assert.Equal((9, 7, 9, 32), Assert.Single(Lint.Manifest(Deployment("      topologySpreadConstraints: []\n"), "KS2023")).At());
    }

    [Fact]
    public void Passes_any_constraint_and_skips_single_replicas()
    {
        Assert.Empty(Lint.Manifest(Deployment("      topologySpreadConstraints:\n      - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway}\n"), "KS2023"));
        Assert.Empty(Lint.Manifest(Deployment(string.Empty, "  replicas: 1\n"), "KS2023"));
        Assert.Single(Lint.Manifest(Deployment(string.Empty, string.Empty), "KS2023"));
    }
}
