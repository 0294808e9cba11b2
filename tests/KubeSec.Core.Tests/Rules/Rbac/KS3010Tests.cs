namespace KubeSec.Tests.Rules.Rbac;

public class KS3010Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n";

    [Fact]
    public void Fires_at_the_field_key()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  serviceAccount: app\n  containers: [{name: c}]\n", "KS3010"));

        Assert.Equal((5, 3, 5, 17), finding.At());
        Assert.Contains("deprecated serviceAccount field ('app')", finding.Message);
    }

    [Fact]
    public void Passes_service_account_name_and_an_empty_value()
    {
        Assert.Empty(Lint.Manifest(Pod + "  serviceAccountName: app\n  containers: [{name: c}]\n", "KS3010"));
        Assert.Empty(Lint.Manifest(Pod + "  serviceAccount: \"\"\n  containers: [{name: c}]\n", "KS3010"));
    }
}
