using System.Collections.Generic;
using KubeSec.Scanning;

namespace KubeSec.Tests.Rules.Workloads;

public class KS2013Tests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  replicas: 3\n  template:\n    metadata:\n      labels: {app: api, tier: web}\n    spec:\n      containers: [{name: c}]\n";

    private static string Pdb(string selector, string ns = "shop", string apiVersion = "policy/v1") =>
        "---\napiVersion: " + apiVersion + "\nkind: PodDisruptionBudget\nmetadata: {name: api, namespace: " + ns + "}\nspec:\n  maxUnavailable: 1\n  selector: " + selector + "\n";

    [Fact]
    public void Fires_without_a_pdb_at_the_workload_name()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment, "KS2013"));

        Assert.Equal((4, 9, 4, 12), finding.At());
        Assert.Equal("metadata.name", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' has no PodDisruptionBudget selecting its pod labels", finding.Message);
    }

    [Theory]
    [InlineData("{matchLabels: {app: api}}")]
    [InlineData("{matchExpressions: [{key: tier, operator: In, values: [web, api]}]}")]
    [InlineData("{}")]
    public void Passes_with_a_matching_pdb(string selector)
    {
        Assert.Empty(Lint.Manifest(Deployment + Pdb(selector), "KS2013"));
    }

    [Theory]
    [InlineData("{matchLabels: {app: other}}", "shop", "policy/v1")]
    [InlineData("{matchLabels: {app: api}}", "other", "policy/v1")]
    [InlineData("{}", "shop", "policy/v1beta1")]
    [InlineData("{matchExpressions: [{key: tier, operator: NotIn, values: [web]}]}", "shop", "policy/v1")]
    public void Fires_when_the_pdb_does_not_select_the_pods(string selector, string ns, string apiVersion)
    {
        Assert.Single(Lint.Manifest(Deployment + Pdb(selector, ns, apiVersion), "KS2013"));
    }

    [Fact]
    public void Skips_single_replica_workloads_and_other_kinds()
    {
        Assert.Empty(Lint.Manifest(Deployment.Replace("replicas: 3", "replicas: 1"), "KS2013"));
        Assert.Empty(Lint.Manifest("apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "KS2013"));
    }

    [Fact]
    public void Finds_the_pdb_in_another_file_of_the_scan()
    {
        var scanner = new Scanner(new ScanOptions { IncludeOptInRules = true });

        var alone = scanner.ScanManifestTexts(new[] { new KeyValuePair<string, string>("deploy.yaml", Deployment) }).Findings;
        var together = scanner.ScanManifestTexts(new[]
        {
            new KeyValuePair<string, string>("deploy.yaml", Deployment),
            new KeyValuePair<string, string>("pdb.yaml", Pdb("{matchLabels: {app: api}}")),
        }).Findings;

        Assert.Equal("deploy.yaml", Assert.Single(alone, f => f.RuleId == "KS2013").FilePath);
        Assert.DoesNotContain(together, f => f.RuleId == "KS2013");
    }
}
