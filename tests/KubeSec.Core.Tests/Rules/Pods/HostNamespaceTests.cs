namespace KubeSec.Tests.Rules.Pods;

/// <summary>KS1002 hostNetwork, KS1003 hostPID, KS1004 hostIPC: one shared check, each tested by ID.</summary>
public class HostNamespaceTests
{
    [Theory]
    [InlineData("KS1002", "hostNetwork")]
    [InlineData("KS1003", "hostPID")]
    [InlineData("KS1004", "hostIPC")]
    public void Fires_when_the_pod_shares_the_host_namespace(string ruleId, string field)
    {
        var yaml = $"apiVersion: batch/v1\nkind: CronJob\nmetadata: {{name: nightly, namespace: ops}}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          {field}: true\n          containers: [{{name: c}}]\n";

        var finding = Assert.Single(Lint.Manifest(yaml, ruleId));

        Assert.Equal((9, 11 + field.Length + 2, 9, 11 + field.Length + 6), finding.At());
        Assert.Equal("spec.jobTemplate.spec.template.spec." + field, finding.LogicalPath);
        Assert.Equal("CronJob/ops/nightly", finding.Object!.ToString());
        Assert.Null(finding.Container);
        Assert.Contains($"sets {field}: true", finding.Message);
    }

    [Theory]
    [InlineData("KS1002", "hostNetwork: false")]
    [InlineData("KS1003", "hostPID: false")]
    [InlineData("KS1004", "hostIPC: false")]
    [InlineData("KS1002", "dnsPolicy: ClusterFirst")]
    public void Passes_when_not_set_or_false(string ruleId, string line)
    {
        var yaml = $"apiVersion: v1\nkind: Pod\nmetadata: {{name: p}}\nspec:\n  {line}\n  containers: [{{name: c}}]\n";

        Assert.Empty(Lint.Manifest(yaml, ruleId));
    }

    [Fact]
    public void Ignores_the_same_field_on_kinds_that_run_no_pods()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nspec:\n  hostNetwork: true\n", "KS1002"));
    }
}
