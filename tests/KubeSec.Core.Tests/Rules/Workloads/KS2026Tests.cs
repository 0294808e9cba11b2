namespace KubeSec.Tests.Rules.Workloads;

public class KS2026Tests
{
    private static string Pdb(string policy) =>
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n" + policy + "  selector: {matchLabels: {app: api}}\n";

    [Fact]
    public void Fires_without_either_field_at_the_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(Pdb(string.Empty), "KS2026"));

        Assert.Equal((5, 1, 5, 5), finding.At());
        Assert.StartsWith("PodDisruptionBudget 'api' sets neither minAvailable nor maxUnavailable", finding.Message);
    }

    [Theory]
    [InlineData("  minAvailable: 1\n")]
    [InlineData("  maxUnavailable: 25%\n")]
    public void Passes_with_either_field(string policy)
    {
        Assert.Empty(Lint.Manifest(Pdb(policy), "KS2026"));
    }
}
