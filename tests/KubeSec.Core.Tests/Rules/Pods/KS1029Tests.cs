namespace KubeSec.Tests.Rules.Pods;

public class KS1029Tests
{
    [Fact]
    public void Fires_at_the_host_aliases_key()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostAliases:\n  - ip: 10.1.2.3\n    hostnames: [db.local]\n  containers: [{name: c}]\n";

        Assert.Equal((5, 3, 5, 14), Assert.Single(Lint.Manifest(yaml, "KS1029")).At());
    }

    [Fact]
    public void Passes_an_empty_list()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostAliases: []\n  containers: [{name: c}]\n", "KS1029"));
    }
}
