namespace KubeSec.Tests.Rules.Workloads;

public class KS2036Tests
{
    private static string Deployment(string priorityClass) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      priorityClassName: " + priorityClass + "\n      containers: [{name: c}]\n";

    [Fact]
    public void Fires_at_a_class_that_is_neither_built_in_nor_defined()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment("high"), "KS2036"));

        Assert.Equal((7, 26, 7, 30), finding.At());
        Assert.Equal("spec.template.spec.priorityClassName", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' uses PriorityClass 'high', which is not built in and none of the scanned manifests defines", finding.Message);
    }

    [Fact]
    public void Passes_for_built_in_and_defined_classes()
    {
        Assert.Empty(Lint.Manifest(Deployment("system-cluster-critical"), "KS2036"));
        Assert.Empty(Lint.Manifest(Deployment("system-node-critical"), "KS2036"));
        Assert.Empty(Lint.Manifest(Deployment("high") + "---\napiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: high}\nvalue: 1000\n", "KS2036"));
    }

    [Fact]
    public void Passes_when_unset_empty_or_templated()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n", "KS2036"));
        Assert.Empty(Lint.Manifest(Deployment("\"\""), "KS2036"));
        Assert.Empty(Lint.Manifest(Deployment("\"{{ .Values.priorityClass }}\""), "KS2036"));
    }
}
