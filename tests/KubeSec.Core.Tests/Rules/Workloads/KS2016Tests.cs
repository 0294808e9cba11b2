namespace KubeSec.Tests.Rules.Workloads;

public class KS2016Tests
{
    private static string Deployment(string podSpec, string replicas = "3", string ns = "shop") =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: " + ns + "\nspec:\n  replicas: " + replicas + "\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n" + podSpec + "      containers: [{name: c}]\n";

    private static string Term(string selector, string key = "kubernetes.io/hostname", string extra = "") =>
        "      affinity:\n        podAntiAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n          - weight: 100\n            podAffinityTerm:\n              topologyKey: " + key + "\n              labelSelector: " + selector + "\n" + extra;

    [Fact]
    public void Fires_without_anti_affinity_at_the_pod_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment(string.Empty), "KS2016"));

        Assert.Equal((11, 5, 11, 9), finding.At());
        Assert.Equal("spec.template.spec.affinity.podAntiAffinity", finding.LogicalPath);
        Assert.StartsWith("Deployment 'api' has no pod anti-affinity or topology spread", finding.Message);
    }

    [Fact]
    public void Fires_at_the_affinity_key_when_the_term_does_not_spread_the_pods()
    {
        Assert.Equal((12, 7, 12, 15), Assert.Single(Lint.Manifest(Deployment(Term("{matchLabels: {app: other}}")), "KS2016")).At());
        Assert.Single(Lint.Manifest(Deployment(Term("{matchLabels: {app: api}}", "topology.kubernetes.io/zone")), "KS2016"));
        Assert.Single(Lint.Manifest(Deployment(Term("{matchLabels: {app: api}}", extra: "              namespaces: [other]\n")), "KS2016"));
    }

    [Theory]
    [InlineData("{matchLabels: {app: api}}", "")]
    [InlineData("{matchExpressions: [{key: app, operator: In, values: [api]}]}", "")]
    [InlineData("{matchLabels: {app: api}}", "              namespaces: [shop]\n")]
    public void Passes_a_preferred_hostname_term_that_selects_the_pods(string selector, string extra)
    {
        Assert.Empty(Lint.Manifest(Deployment(Term(selector, extra: extra)), "KS2016"));
    }

    [Fact]
    public void Passes_a_required_term_and_a_hostname_topology_spread()
    {
        var required = "      affinity:\n        podAntiAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n          - topologyKey: kubernetes.io/hostname\n            labelSelector: {matchLabels: {app: api}}\n";
        var spread = "      topologySpreadConstraints:\n      - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: api}}}\n";

        Assert.Empty(Lint.Manifest(Deployment(required), "KS2016"));
        Assert.Empty(Lint.Manifest(Deployment(spread), "KS2016"));
    }

    [Fact]
    public void Skips_single_replica_and_checks_unset_replicas()
    {
        Assert.Empty(Lint.Manifest(Deployment(string.Empty, "1"), "KS2016"));
        Assert.Single(Lint.Manifest(Deployment(string.Empty).Replace("  replicas: 3\n", string.Empty), "KS2016"));
    }
}
