namespace KubeSec.Tests.Rules.Workloads;

public class KS2024Tests
{
    [Fact]
    public void Fires_without_a_priority_class_at_the_pod_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c}]\n", "KS2024"));

        Assert.Equal((5, 1, 5, 5), finding.At());
        Assert.Equal("spec.priorityClassName", finding.LogicalPath);
        Assert.StartsWith("Pod 'p' sets no priorityClassName", finding.Message);
    }

    [Fact]
    public void Passes_with_a_priority_class()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  priorityClassName: high\n  containers: [{name: c}]\n", "KS2024"));
    }
}
