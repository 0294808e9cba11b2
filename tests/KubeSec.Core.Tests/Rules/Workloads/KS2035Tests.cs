namespace KubeSec.Tests.Rules.Workloads;

public class KS2035Tests
{
    private static string Pod(string reference) =>
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      env:\n        - name: V\n          valueFrom:\n" + reference;

    private const string SecretRef = "            secretKeyRef:\n              name: db\n              key: password\n";

    private const string ConfigMapRef = "            configMapKeyRef:\n              name: settings\n              key: mode\n";

    private const string Secret = "---\napiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData:\n  password: x\n";

    private const string OtherSecret = "---\napiVersion: v1\nkind: Secret\nmetadata: {name: other}\ndata: {}\n";

    [Fact]
    public void Fires_at_the_name_of_a_secret_the_scan_does_not_define()
    {
        var finding = Assert.Single(Lint.Manifest(Pod(SecretRef) + OtherSecret, "KS2035"));

        Assert.Equal((11, 21, 11, 23), finding.At());
        Assert.Equal("spec.containers[c].env[V].valueFrom.secretKeyRef.name", finding.LogicalPath);
        Assert.StartsWith("Pod 'p' container 'c' reads env var 'V' from Secret 'db', which none of the scanned manifests defines", finding.Message);
    }

    [Fact]
    public void Fires_at_the_key_the_defined_object_does_not_hold()
    {
        var configMap = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  mod: x\nbinaryData:\n  other: eA==\n";

        var finding = Assert.Single(Lint.Manifest(Pod(ConfigMapRef) + configMap, "KS2035"));

        Assert.Equal((12, 20, 12, 24), finding.At());
        Assert.Equal("spec.containers[c].env[V].valueFrom.configMapKeyRef.key", finding.LogicalPath);
        Assert.Contains("from key 'mode' of ConfigMap 'settings', which has no such key", finding.Message);
    }

    [Fact]
    public void Passes_when_the_object_and_key_exist()
    {
        Assert.Empty(Lint.Manifest(Pod(SecretRef) + Secret, "KS2035"));
        Assert.Empty(Lint.Manifest(Pod(ConfigMapRef) + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\nbinaryData: {mode: eA==}\n", "KS2035"));
    }

    [Fact]
    public void An_object_in_another_namespace_does_not_count()
    {
        Assert.Single(Lint.Manifest(Pod(SecretRef) + Secret.Replace("{name: db}", "{name: db, namespace: other}"), "KS2035"));
    }

    [Fact]
    public void Passes_when_no_object_of_the_kind_is_scanned_for_optional_and_for_templated_references()
    {
        Assert.Empty(Lint.Manifest(Pod(SecretRef), "KS2035"));
        Assert.Empty(Lint.Manifest(Pod(SecretRef + "              optional: true\n") + OtherSecret, "KS2035"));
        Assert.Empty(Lint.Manifest(Pod(SecretRef.Replace("name: db", "name: \"{{ .Values.secret }}\"")) + OtherSecret, "KS2035"));
    }

    [Fact]
    public void A_sealed_secret_of_the_name_counts_with_its_keys_unchecked()
    {
        var sealedSecret = "---\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: db}\nspec:\n  encryptedData: {other: AgB=}\n";

        Assert.Empty(Lint.Manifest(Pod(SecretRef) + OtherSecret + sealedSecret, "KS2035"));
    }

    [Fact]
    public void Keys_are_not_checked_in_placeholders_and_token_secrets()
    {
        Assert.Empty(Lint.Manifest(Pod(SecretRef) + "---\napiVersion: v1\nkind: Secret\nmetadata: {name: db}\n", "KS2035"));
        Assert.Empty(Lint.Manifest(Pod(SecretRef) + "---\napiVersion: v1\nkind: Secret\nmetadata: {name: db}\ntype: kubernetes.io/service-account-token\ndata: {ca.crt: eA==}\n", "KS2035"));
    }
}
