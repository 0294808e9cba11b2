namespace KubeSec.Tests.Rules.Workloads;

/// <summary>KS2004-KS2007 share <c>MissingResourceRule</c>; the region and inheritance cases are tested here once for each.</summary>
public class KS2004Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_at_the_requests_key_when_cpu_is_missing()
    {
        var yaml = Pod + "  - name: app\n    resources:\n      requests:\n        memory: 128Mi\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS2004"));

        Assert.Equal((9, 7, 9, 15), finding.At());
        Assert.Equal("spec.containers[app].resources.requests.cpu", finding.LogicalPath);
        Assert.StartsWith("Pod 'p' container 'app' sets no cpu request, so the scheduler", finding.Message);
    }

    [Fact]
    public void Fires_at_the_resources_key_or_the_container_when_there_is_less()
    {
        Assert.Equal((8, 5, 8, 14), Assert.Single(Lint.Manifest(Pod + "  - name: app\n    resources: {}\n", "KS2004")).At());
        Assert.Equal((7, 5, 7, 14), Assert.Single(Lint.Manifest(Pod + "  - name: app\n    image: a:1\n", "KS2004")).At());
    }

    [Fact]
    public void A_limit_alone_does_not_count_as_the_request()
    {
        Assert.Single(Lint.Manifest(Pod + "  - name: app\n    resources: {limits: {cpu: 500m, memory: 1Gi}}\n", "KS2004"));
    }

    [Fact]
    public void Checks_init_containers_but_not_ephemeral_ones()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: init}]\n  ephemeralContainers: [{name: debug}]\n  containers: [{name: app, resources: {requests: {cpu: 100m}}}]\n";

        Assert.Equal("init", Assert.Single(Lint.Manifest(yaml, "KS2004")).Container);
    }

    [Theory]
    [InlineData("KS2004", "requests", "cpu")]
    [InlineData("KS2005", "requests", "memory")]
    [InlineData("KS2006", "limits", "cpu")]
    [InlineData("KS2007", "limits", "memory")]
    public void Each_rule_looks_at_its_own_field(string id, string section, string resource)
    {
        var all = Pod + "  - name: app\n    resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {cpu: 200m, memory: 128Mi}}\n";
        var without = Pod + "  - name: app\n    resources:\n      " + section + ": {" + (resource == "cpu" ? "memory: 64Mi" : "cpu: 100m") + "}\n      " + (section == "requests" ? "limits" : "requests") + ": {cpu: 1, memory: 1Gi}\n";

        Assert.Empty(Lint.Manifest(all, id));
        var finding = Assert.Single(Lint.Manifest(without, id));
        Assert.Equal("spec.containers[app].resources." + section + "." + resource, finding.LogicalPath);
        Assert.Contains("sets no " + resource + " " + (section == "requests" ? "request" : "limit"), finding.Message);
    }
}
