using System.IO;
using System.Text.RegularExpressions;

namespace KubeSec.Tests.Rules.Networking;

public class KS4019Tests
{
    // serviceName value on line 5, columns 16-18.
    private const string StatefulSet =
        "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      containers: [{name: c, image: postgres:16.4}]\n";

    private static string Headless(string name = "db", string app = "db") =>
        "apiVersion: v1\nkind: Service\nmetadata: {name: " + name + "}\nspec:\n  clusterIP: None\n  selector: {app: " + app + "}\n  ports: [{port: 5432}]\n";

    [Fact]
    public void Passes_a_headless_service_selecting_the_pods()
    {
        Assert.Empty(Lint.Manifest(Net.Docs(Headless(), StatefulSet), "KS4019"));
        Assert.Empty(Lint.Manifest(Net.Docs(Headless().Replace("clusterIP: None", "clusterIP: \"None\""), StatefulSet), "KS4019"));
    }

    [Fact]
    public void Fires_at_the_service_name_when_the_service_is_not_headless()
    {
        var finding = Assert.Single(Lint.Manifest(Net.Docs(Headless().Replace("  clusterIP: None\n", string.Empty), StatefulSet), "KS4019"));

        Assert.Equal((12, 16, 12, 18), finding.At());
        Assert.Equal("spec.serviceName", finding.LogicalPath);
        Assert.Contains("StatefulSet 'db' has serviceName 'db', but that Service is not headless", finding.Message);
    }

    [Fact]
    public void Fires_when_the_service_selects_other_pods_or_has_another_name()
    {
        var otherPods = Assert.Single(Lint.Manifest(Net.Docs(Headless(app: "web"), StatefulSet), "KS4019"));
        var otherName = Assert.Single(Lint.Manifest(Net.Docs(Headless(name: "db-headless"), StatefulSet), "KS4019"));

        Assert.Contains("selector does not select its pods", otherPods.Message);
        Assert.Contains("the scan has no Service of that name in its namespace", otherName.Message);
    }

    [Fact]
    public void Stays_silent_without_services_in_the_namespace_or_service_name_or_when_templated()
    {
        var elsewhere = Headless(name: "other").Replace("{name: other}", "{name: other, namespace: prod}");

        Assert.Empty(Lint.Manifest(StatefulSet, "KS4019"));
        Assert.Empty(Lint.Manifest(Net.Docs(elsewhere, StatefulSet), "KS4019"));
        Assert.Empty(Lint.Manifest(Net.Docs(Headless(name: "x"), StatefulSet.Replace("  serviceName: db\n", string.Empty)), "KS4019"));
        Assert.Empty(Lint.Manifest(Net.Docs(Headless(name: "x"), StatefulSet.Replace("serviceName: db", "serviceName: \"{{ .Release.Name }}\"")), "KS4019"));
    }

    [Fact]
    public void One_good_service_among_same_named_copies_is_enough()
    {
        var copy = Headless().Replace("  clusterIP: None\n", string.Empty);

        Assert.Empty(Lint.Manifest(Net.Docs(copy, Headless(), StatefulSet), "KS4019"));
    }

    [Fact]
    public void Doc_example_before_fires_and_after_passes()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepoRoot(), "docs", "rules", "KS4019.md")).Replace("\r\n", "\n");

        Assert.NotEmpty(Lint.Manifest(Regex.Match(page, "Before:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS4019"));
        Assert.Empty(Lint.Manifest(Regex.Match(page, "After:\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value, "KS4019"));
    }
}
