namespace KubeSec.Tests.Rules.Rbac;

public class KS3011Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  serviceAccountName: api\n  containers: [{name: c}]\n";

    private static string Account(string name, string ns = "") =>
        "---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: " + name + (ns.Length > 0 ? ", namespace: " + ns : string.Empty) + "}\n";

    [Fact]
    public void Fires_at_the_name_when_the_scan_defines_other_accounts()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + Account("apl"), "KS3011"));

        Assert.Equal((5, 23, 5, 26), finding.At());
        Assert.Contains("ServiceAccount 'api', which none of the scanned manifests defines", finding.Message);
    }

    [Fact]
    public void An_account_in_another_namespace_does_not_count()
    {
        Assert.Single(Lint.Manifest(Pod + Account("api", "other"), "KS3011"));
    }

    [Fact]
    public void Passes_when_defined_when_no_accounts_are_scanned_and_for_default()
    {
        Assert.Empty(Lint.Manifest(Pod + Account("api"), "KS3011"));
        Assert.Empty(Lint.Manifest(Pod, "KS3011"));
        Assert.Empty(Lint.Manifest(Pod.Replace("api", "default") + Account("x"), "KS3011"));
    }
}
