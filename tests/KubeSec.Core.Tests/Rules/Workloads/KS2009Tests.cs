namespace KubeSec.Tests.Rules.Workloads;

public class KS2009Tests
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n";

    [Fact]
    public void Fires_on_a_credential_key_at_the_value()
    {
        var finding = Assert.Single(Lint.Manifest(ConfigMap + "  db_user: postgres\n  db_password: hunter2\n", "KS2009"));

        Assert.Equal((7, 16, 7, 23), finding.At());
        Assert.Equal("data.db_password", finding.LogicalPath);
        Assert.Equal("ConfigMap 'cfg' key 'db_password' names a credential and holds its value in clear text: move it into a Secret and reference that instead.", finding.Message);
    }

    [Fact]
    public void Fires_on_a_private_key_value()
    {
        Assert.Single(Lint.Manifest(ConfigMap + "  tls.key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    abc\n", "KS2009"));
    }

    [Fact]
    public void Passes_ordinary_data_other_kinds_and_no_data()
    {
        Assert.Empty(Lint.Manifest(ConfigMap + "  message: hello\n  token_url: https://login.example.com/token\n", "KS2009"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", "KS2009"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  password: x\n", "KS2009"));
    }
}
