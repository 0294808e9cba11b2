using KubeSec.Model;
using KubeSec.Scanning;

namespace KubeSec.Tests.Rules.Pods;

public class KS1032Tests
{
    [Fact]
    public void Fires_at_the_spec_key_when_unset_and_at_the_value_when_true()
    {
        var unset = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n", "KS1032"));
        Assert.Equal((4, 1, 4, 5), unset.At());

        var set = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostUsers: true\n  containers: [{name: c}]\n", "KS1032"));
        Assert.Equal((5, 14, 5, 18), set.At());
    }

    [Fact]
    public void Passes_false_host_namespaces_windows_and_old_targets()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostUsers: false\n  containers: [{name: c}]\n", "KS1032"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: [{name: c}]\n", "KS1032"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: {name: windows}\n  containers: [{name: c}]\n", "KS1032"));
        var old = new Scanner(new ScanOptions { IncludeOptInRules = true, KubernetesVersion = new KubernetesVersion(1, 29) })
            .ScanManifestText("a.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n");
        Assert.DoesNotContain(old, f => f.RuleId == "KS1032");
    }
}
