namespace KubeSec.Tests.Rules.Workloads;

public class KS2022Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n";

    [Fact]
    public void Fires_on_a_secret_key_ref_at_its_key()
    {
        var yaml = Pod + "    env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef: {name: db, key: password}\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS2022"));

        Assert.Equal((11, 9, 11, 21), finding.At());
        Assert.Equal("spec.containers[app].env[DB_PASSWORD].valueFrom.secretKeyRef", finding.LogicalPath);
        Assert.Equal("Pod 'p' container 'app' reads Secret 'db' into env var 'DB_PASSWORD', where child processes and crash dumps see it: mount the Secret as a file instead.", finding.Message);
    }

    [Fact]
    public void Fires_on_env_from_a_secret()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "    envFrom:\n    - secretRef:\n        name: db\n    - configMapRef:\n        name: cfg\n", "KS2022"));

        Assert.Equal((9, 7, 9, 16), finding.At());
        Assert.Contains("loads all of Secret 'db'", finding.Message);
    }

    [Fact]
    public void Passes_config_map_and_field_refs()
    {
        var yaml = Pod + "    env:\n    - name: A\n      valueFrom: {configMapKeyRef: {name: cfg, key: a}}\n    - name: NODE\n      valueFrom: {fieldRef: {fieldPath: spec.nodeName}}\n";

        Assert.Empty(Lint.Manifest(yaml, "KS2022"));
    }
}
