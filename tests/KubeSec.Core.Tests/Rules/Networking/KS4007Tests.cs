namespace KubeSec.Tests.Rules.Networking;

public class KS4007Tests
{
    [Fact]
    public void Fires_at_the_selector_when_no_pod_template_matches()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Service("s", "apl")), "KS4007"));

        Assert.Equal((19, 3, 19, 11), finding.At());
        Assert.Contains("Service 's' selects pods by app=apl", finding.Message);
    }

    [Fact]
    public void Every_selector_key_must_match()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api", ", tier: web"), Net.Service("s", "api, tier: web")), "KS4007"));
        Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Service("s", "api, tier: web")), "KS4007"));
    }

    [Fact]
    public void Is_silent_without_workloads_for_external_name_and_without_selector()
    {
        Assert.Empty(Lint.Manifest(Net.Service("s", "apl"), "KS4007"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Service("s", "apl", "  type: ExternalName\n")), "KS4007"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n"), "KS4007"));
    }

    [Fact]
    public void Namespaces_without_workloads_or_with_operator_resources_are_not_judged()
    {
        var other = Net.Deployment("api").Replace("{name: api}", "{name: api, namespace: other}");
        var operatorResource = "apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s}\nspec: {replicas: 2}\n";
        var monitor = "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: m}\nspec: {}\n";

        Assert.Empty(Lint.Manifest(Net.Docs(other, Net.Service("s", "api")), "KS4007"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), operatorResource, Net.Service("s", "prometheus")), "KS4007"));
        Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), monitor, Net.Service("s", "prometheus")), "KS4007"));
    }

    [Fact]
    public void Labels_that_controllers_add_to_pods_are_not_judged()
    {
        var perPod = Net.Service("s", "api", "").Replace("selector: {app: api}", "selector: {app: api, statefulset.kubernetes.io/pod-name: api-0}");

        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), perPod), "KS4007"));
    }
}
