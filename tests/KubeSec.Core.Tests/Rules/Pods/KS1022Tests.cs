namespace KubeSec.Tests.Rules.Pods;

public class KS1022Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_unmasked_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      procMount: Unmasked\n", "KS1022"));

        Assert.Equal((9, 18, 9, 26), finding.At());
        Assert.Contains("sets procMount: Unmasked", finding.Message);
    }

    [Fact]
    public void Passes_default_and_unset()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {procMount: Default}\n  - name: d\n", "KS1022"));
    }
}
