namespace KubeSec.Tests.Rules.Networking;

public class KS4013Tests
{
    private static string Monitor(string spec) =>
        "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: m}\nspec:\n" + spec;

    private static string LabeledService(string name, string labels, string ns = "") =>
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\n" + (ns.Length > 0 ? "  namespace: " + ns + "\n" : string.Empty) + "  labels: {" + labels + "}\n";

    [Fact]
    public void Fires_at_the_selector_when_no_service_carries_the_labels()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Monitor("  selector:\n    matchLabels: {app: apl}\n"), LabeledService("api", "app: api")), "KS4013"));

        Assert.Equal((5, 3, 5, 11), finding.At());
        Assert.Contains("ServiceMonitor 'm' selects no Service of the scan", finding.Message);
    }

    [Fact]
    public void Fires_when_the_named_namespaces_have_no_matching_service()
    {
        var yaml = Net.Docs(Monitor("  selector: {matchLabels: {app: api}}\n  namespaceSelector: {matchNames: [prod]}\n"), LabeledService("api", "app: api", "test"), LabeledService("db", "app: db", "prod"));

        Assert.Contains("namespaces 'prod'", Assert.Single(Lint.Manifest(yaml, "KS4013")).Message);
    }

    [Fact]
    public void Passes_matching_services_in_any_namespace_and_scans_without_services()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Monitor("  selector: {matchLabels: {app: api}}\n"), LabeledService("api", "app: api", "other")), "KS4013"));
        Assert.Empty(Lint.Manifest(Net.Docs(Monitor("  namespaceSelector: {matchNames: [test]}\n"), LabeledService("api", "app: api", "test")), "KS4013"));
        Assert.Empty(Lint.Manifest(Monitor("  selector: {matchLabels: {app: apl}}\n"), "KS4013"));
        var apiServer = Monitor("  selector: {matchLabels: {component: apiserver, provider: kubernetes}}\n  namespaceSelector: {matchNames: [default]}\n");
        Assert.Empty(Lint.Manifest(Net.Docs(apiServer, LabeledService("api", "app: api")), "KS4013"));
        var systemMonitor = Monitor("  selector: {matchLabels: {k8s-app: kube-dns}}\n  namespaceSelector: {matchNames: [kube-system]}\n");
        Assert.Empty(Lint.Manifest(Net.Docs(systemMonitor, LabeledService("api", "app: api")), "KS4013"));
    }
}
