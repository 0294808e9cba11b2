using System.IO;
using System.Text.RegularExpressions;
using KubeSec.Tests.Rules.Networking;

namespace KubeSec.Tests.Rules.Workloads;

public class KS2046Tests
{
    private const string Readiness = "[{name: c, image: nginx:1.25, readinessProbe: {httpGet: {path: /ready, port: 80}}}]";

    [Fact]
    public void Fires_at_the_containers_key_of_a_served_workload_without_readiness_probe()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Service("s", "api")), "KS2046"));

        Assert.Equal((12, 7, 12, 17), finding.At());
        Assert.Equal("spec.template.spec.containers", finding.LogicalPath);
        Assert.Contains("Deployment 'api' is selected by Service 's' but none of its containers has a readinessProbe", finding.Message);
    }

    [Fact]
    public void Passes_when_not_served()
    {
        var otherNamespace = Net.Service("s", "api").Replace("{name: s}", "{name: s, namespace: other}");

        Assert.Empty(Lint.Manifest(Net.Deployment("api"), "KS2046"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Service("s", "web")), "KS2046"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), otherNamespace), "KS2046"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Service("s", "api", "  type: ExternalName\n")), "KS2046"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), Net.Service("s", "api").Replace("{app: api}", "{app: \"{{ .Release.Name }}\"}")), "KS2046"));
    }

    [Fact]
    public void One_probe_on_any_container_of_the_pod_is_enough()
    {
        var twoContainers = Net.Deployment("api").Replace("[{name: c, image: nginx:1.25}]", "[{name: side, image: envoy:1.30}, " + Readiness.Substring(1));
        var sidecar = Net.Deployment("api").Replace("      containers:", "      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always, readinessProbe: {tcpSocket: {port: 15021}}}]\n      containers:");

        Assert.Empty(Lint.Manifest(Net.Docs(twoContainers, Net.Service("s", "api")), "KS2046"));
        Assert.Empty(Lint.Manifest(Net.Docs(sidecar, Net.Service("s", "api")), "KS2046"));
    }

    [Fact]
    public void Jobs_and_patched_copies_with_a_probe_elsewhere_are_skipped()
    {
        var job = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {labels: {app: api}}\n    spec: {restartPolicy: Never, containers: [{name: c, image: nginx:1.25}]}\n";
        var baseWithProbe = Net.Deployment("api").Replace("[{name: c, image: nginx:1.25}]", Readiness).Replace("{name: api}", "{name: api, namespace: prod}");

        Assert.Empty(Lint.Manifest(Net.Docs(job, Net.Service("s", "api")), "KS2046"));
        Assert.Empty(Lint.Manifest(Net.Docs(Net.Deployment("api"), baseWithProbe, Net.Service("s", "api")), "KS2046"));
    }

    [Fact]
    public void Doc_example_before_fires_and_after_passes()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepoRoot(), "docs", "rules", "KS2046.md")).Replace("\r\n", "\n");

        Assert.NotEmpty(Lint.Manifest(Regex.Match(page, "Before:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS2046"));
        Assert.Empty(Lint.Manifest(Regex.Match(page, "After:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS2046"));
    }
}
