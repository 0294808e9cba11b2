namespace KubeSec.Tests.Rules.Pods;

public class KS1027Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_a_low_user_and_a_low_group_at_the_values()
    {
        var findings = Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      runAsUser: 1000\n      runAsGroup: 0\n", "KS1027");

        Assert.Equal(2, findings.Count);
        Assert.Equal((9, 18, 9, 22), findings[0].At());
        Assert.Equal((10, 19, 10, 20), findings[1].At());
    }

    [Fact]
    public void Fires_when_the_user_is_unset()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: c\n", "KS1027"));

        Assert.Equal((7, 5, 7, 12), finding.At());
        Assert.Contains("does not set runAsUser", finding.Message);
    }

    [Fact]
    public void Passes_high_ids_inherited_from_the_pod()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 10001, runAsGroup: 10001}\n  containers: [{name: c}]\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1027"));
    }

    [Fact]
    public void Is_opt_in()
    {
        Assert.False(KubeSec.Rules.Pods.KS1027LowUserOrGroupId.Rule.EnabledByDefault);
    }
}
