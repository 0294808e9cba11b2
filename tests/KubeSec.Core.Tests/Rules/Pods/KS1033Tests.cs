namespace KubeSec.Tests.Rules.Pods;

public class KS1033Tests
{
    [Fact]
    public void Fires_at_the_git_repo_key()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  volumes:\n  - name: src\n    gitRepo:\n      repository: https://example.com/r.git\n  - name: tmp\n    emptyDir: {}\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS1033"));

        Assert.Equal((8, 5, 8, 12), finding.At());
        Assert.Equal("spec.volumes[src].gitRepo", finding.LogicalPath);
    }
}
