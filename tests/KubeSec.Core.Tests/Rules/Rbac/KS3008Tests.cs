namespace KubeSec.Tests.Rules.Rbac;

public class KS3008Tests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n";

    [Fact]
    public void Fires_when_missing_at_the_pod_spec_key()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "      containers: [{name: c}]\n", "KS3008"));

        Assert.Equal((6, 5, 6, 9), finding.At());
        Assert.Equal("spec.template.spec.serviceAccountName", finding.LogicalPath);
        Assert.Contains("sets no serviceAccountName", finding.Message);
    }

    [Fact]
    public void Fires_on_an_explicit_default_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(Deployment + "      serviceAccountName: default\n      containers: [{name: c}]\n", "KS3008"));

        Assert.Equal((7, 27, 7, 34), finding.At());
    }

    [Fact]
    public void Passes_a_named_account_either_field()
    {
        Assert.Empty(Lint.Manifest(Deployment + "      serviceAccountName: api\n      containers: [{name: c}]\n", "KS3008"));
        Assert.Empty(Lint.Manifest(Deployment + "      serviceAccount: api\n      containers: [{name: c}]\n", "KS3008"));
    }
}
