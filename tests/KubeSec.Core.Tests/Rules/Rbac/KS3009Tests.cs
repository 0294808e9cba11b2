namespace KubeSec.Tests.Rules.Rbac;

public class KS3009Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n";
    private const string Account = "---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: app}\nautomountServiceAccountToken: false\n";

    [Fact]
    public void Fires_when_not_disabled_anywhere_at_the_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  containers: [{name: c}]\n", "KS3009"));

        Assert.Equal((4, 1, 4, 5), finding.At());
        Assert.Equal("spec.automountServiceAccountToken", finding.LogicalPath);
    }

    [Fact]
    public void The_pod_value_true_wins_over_the_service_account()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  serviceAccountName: app\n  automountServiceAccountToken: true\n  containers: [{name: c}]\n" + Account, "KS3009"));

        Assert.Equal((6, 33, 6, 37), finding.At());
    }

    [Fact]
    public void Passes_when_disabled_on_the_pod_or_on_its_service_account()
    {
        Assert.Empty(Lint.Manifest(Pod + "  automountServiceAccountToken: false\n  containers: [{name: c}]\n", "KS3009"));
        Assert.Empty(Lint.Manifest(Pod + "  serviceAccountName: app\n  containers: [{name: c}]\n" + Account, "KS3009"));
    }

    [Fact]
    public void A_service_account_of_another_name_does_not_help()
    {
        Assert.Single(Lint.Manifest(Pod + "  serviceAccountName: other\n  containers: [{name: c}]\n" + Account, "KS3009"));
    }
}
