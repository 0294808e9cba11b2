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
    public void A_workload_in_another_namespace_does_not_count()
    {
        var other = Net.Deployment("api").Replace("{name: api}", "{name: api, namespace: other}");

        Assert.Single(Lint.Manifest(Net.Docs(other, Net.Service("s", "api")), "KS4007"));
    }
}
