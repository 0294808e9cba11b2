namespace KubeSec.Tests.Rules.Networking;

public class KS4001Tests
{
    [Fact]
    public void Fires_on_a_workload_no_policy_selects_at_its_pod_labels()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("db", "db")), "KS4001"));

        Assert.Equal((10, 7, 10, 13), finding.At());
        Assert.Equal("spec.template.metadata.labels", finding.LogicalPath);
        Assert.Contains("Deployment 'api' is selected by no NetworkPolicy", finding.Message);
    }

    [Fact]
    public void Passes_when_selected_by_labels_or_an_empty_selector()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Policy("api", "api")), "KS4001"));
        var denyAll = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n";
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), denyAll), "KS4001"));
    }

    [Fact]
    public void Is_silent_without_any_policy_and_a_policy_of_another_namespace_does_not_select()
    {
        Assert.Empty(Lint.Manifest(Net.Deployment("api"), "KS4001"));
        var elsewhere = Net.Policy("api", "api").Replace("{name: api}", "{name: api, namespace: other}");
        Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), elsewhere), "KS4001"));
    }

    [Fact]
    public void Match_expressions_are_evaluated()
    {
        var policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector:\n    matchExpressions:\n    - {key: app, operator: In, values: [web, api]}\n    - {key: tier, operator: DoesNotExist}\n";

        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), policy), "KS4001"));
        Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api", ", tier: x"), policy), "KS4001"));
    }
}
