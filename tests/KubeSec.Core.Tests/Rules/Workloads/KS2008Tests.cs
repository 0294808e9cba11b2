namespace KubeSec.Tests.Rules.Workloads;

public class KS2008Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    env:\n";

    [Theory]
    [InlineData("DB_PASSWORD")]
    [InlineData("my_password")]
    [InlineData("SECRET_BLAH")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AZURE_BATCH_KEY")]
    [InlineData("OCI_CLI_KEY_CONTENT")]
    [InlineData("apiKey")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("ConnectionStrings__Password")]
    public void Fires_on_a_credential_name_with_a_literal_value_at_the_value(string name)
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "    - name: " + name + "\n      value: hunter2\n", "KS2008"));

        Assert.Equal((10, 14, 10, 21), finding.At());
        Assert.Equal("spec.containers[app].env[" + name + "].value", finding.LogicalPath);
        Assert.Equal("Pod 'p' container 'app' env var '" + name + "' names a credential and sets it as a literal value, which exposes it to everyone who can read the manifest: move it into a Secret and use valueFrom.secretKeyRef.", finding.Message);
    }

    [Fact]
    public void Fires_on_a_private_key_whatever_the_name()
    {
        var yaml = Pod + "    - name: the_good_stuff\n      value: |\n        ---BEGIN OPENSSH PRIVATE KEY---\n        xxxx\n";

        Assert.Contains("holds a private key", Assert.Single(Lint.Manifest(yaml, "KS2008")).Message);
    }

    [Theory]
    [InlineData("- name: DB_PASSWORD\n      valueFrom: {secretKeyRef: {name: db, key: password}}")]
    [InlineData("- name: PASSWORD_FILE\n      value: /run/secrets/db")]
    [InlineData("- name: TOKEN_TTL\n      value: \"3600\"")]
    [InlineData("- name: SECRET_NAME\n      value: db-credentials")]
    [InlineData("- name: API_TOKEN_SECRET_NAMESPACE\n      value: tekton")]
    [InlineData("- name: PUBLIC_KEY\n      value: abc")]
    [InlineData("- name: SORT_KEY\n      value: created")]
    [InlineData("- name: API_TOKEN\n      value: \"$(TOKEN_FROM_SECRET)\"")]
    [InlineData("- name: USE_TOKEN\n      value: \"true\"")]
    [InlineData("- name: DB_PASSWORD\n      value: \"\"")]
    [InlineData("- name: greeting\n      value: hello")]
    public void Passes_references_settings_and_harmless_values(string entry)
    {
        Assert.Empty(Lint.Manifest(Pod + "    " + entry + "\n", "KS2008"));
    }

    [Fact]
    public void Checks_init_containers_too()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n  - name: migrate\n    env: [{name: DB_PASSWORD, value: x}]\n  containers: [{name: app}]\n";

        Assert.Equal("migrate", Assert.Single(Lint.Manifest(yaml, "KS2008")).Container);
    }
}
