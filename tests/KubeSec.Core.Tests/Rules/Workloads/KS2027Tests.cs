namespace KubeSec.Tests.Rules.Workloads;

public class KS2027Tests
{
    private static string Pdb(string policy) =>
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n" + policy;

    [Fact]
    public void Fires_when_unset_at_the_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(Pdb(string.Empty), "KS2027"));

        Assert.Equal((5, 1, 5, 5), finding.At());
        Assert.Equal("spec.unhealthyPodEvictionPolicy", finding.LogicalPath);
    }

    [Theory]
    [InlineData("  unhealthyPodEvictionPolicy: AlwaysAllow\n")]
    [InlineData("  unhealthyPodEvictionPolicy: IfHealthyBudget\n")]
    public void Passes_when_set(string policy)
    {
        Assert.Empty(Lint.Manifest(Pdb(policy), "KS2027"));
    }
}
