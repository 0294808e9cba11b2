namespace KubeSec.Tests.Rules.Workloads;

public class KS2010Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    env:\n";

    [Fact]
    public void Fires_at_the_second_name()
    {
        var yaml = Pod + "    - name: MODE\n      value: a\n    - name: OTHER\n      value: b\n    - name: MODE\n      value: c\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS2010"));

        Assert.Equal((13, 13, 13, 17), finding.At());
        Assert.Equal("Pod 'p' container 'app' sets env var 'MODE' again (first on line 9), and only the last value takes effect: keep one entry.", finding.Message);
    }

    [Fact]
    public void Passes_distinct_names_and_the_same_name_in_two_containers()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, env: [{name: X, value: '1'}, {name: x, value: '2'}]}\n  - {name: b, env: [{name: X, value: '1'}]}\n";

        Assert.Empty(Lint.Manifest(yaml, "KS2010"));
    }
}
