namespace KubeSec.Tests.Rules.Schema;

public class KS5051Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: web\n";

    [Fact]
    public void Fires_at_an_unquoted_number_where_a_string_is_expected()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "    env:\n    - name: PORT\n      value: 8080\n", "KS5051"));

        Assert.Equal((10, 14, 10, 18), finding.At());
        Assert.Equal("spec.containers[web].env[PORT].value", finding.LogicalPath);
        Assert.Equal("Pod 'p' sets spec.containers[web].env[PORT].value to a number, but it must be a string, so the API server rejects the object: quote it (\"8080\").", finding.Message);
    }

    [Fact]
    public void Fires_on_quoted_integers_and_booleans_and_on_wrong_shapes()
    {
        var port = Assert.Single(Lint.Manifest(Pod + "    ports:\n    - containerPort: \"80\"\n", "KS5051"));
        Assert.Equal((9, 22, 9, 26), port.At());
        Assert.Contains("must be an integer", port.Message);

        var flag = Assert.Single(Lint.Manifest(Pod + "    securityContext:\n      privileged: \"false\"\n", "KS5051"));
        Assert.Contains("must be a boolean", flag.Message);

        var command = Assert.Single(Lint.Manifest(Pod + "    command: run.sh\n", "KS5051"));
        Assert.Equal((8, 14, 8, 20), command.At());
        Assert.Contains("must be a list", command.Message);

        var label = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    enabled: true\n", "KS5051"));
        Assert.Equal((6, 14, 6, 18), label.At());
        Assert.Equal("metadata.labels.enabled", label.LogicalPath);

        var block = Assert.Single(Lint.Manifest(Pod + "    resources:\n    - limits\n", "KS5051"));
        Assert.Equal((8, 5, 8, 14), block.At());
        Assert.Contains("must be an object", block.Message);
    }

    [Fact]
    public void Int_or_string_quantities_nulls_and_quoted_strings_pass()
    {
        var yaml = Pod + "    image: nginx\n    ports: [{containerPort: 80, name: http}]\n    resources:\n      limits: {cpu: 1, memory: 1Gi}\n      requests: {cpu: \"500m\"}\n    env:\n    - {name: A, value: \"1\"}\n    - {name: B, value: ~}\n    livenessProbe:\n      httpGet: {port: http, path: /}\n" +
            "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 2\n  strategy:\n    rollingUpdate: {maxUnavailable: 25%, maxSurge: 1}\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      containers: [{name: c, image: nginx}]\n";
        Assert.Empty(Lint.Manifest(yaml, "KS5051"));
        Assert.Empty(Lint.Manifest(yaml, "KS5050"));
    }

    [Fact]
    public void Yaml_1_1_integer_forms_pass_in_integer_fields_and_odd_strings_pass_in_string_fields()
    {
        Assert.Empty(Lint.Manifest(Pod + "    ports: [{containerPort: 0x1F90}]\n    securityContext: {runAsUser: 1_000, runAsGroup: !!int \"7\"}\n    env: [{name: B, value: 1.2.3}, {name: C, value: !!str 0x1F}]\n", "KS5051"));
    }

    [Fact]
    public void A_fraction_in_an_integer_field_is_reported_and_a_whole_float_is_not()
    {
        Assert.Single(Lint.Manifest(Pod + "    securityContext: {runAsUser: 1.5}\n", "KS5051"));
        Assert.Empty(Lint.Manifest(Pod + "    securityContext: {runAsUser: 1000.0}\n", "KS5051"));
    }

    [Fact]
    public void An_integer_form_in_a_string_field_is_a_number_for_kubectl()
    {
        // go-yaml v2 reads 0x1F as 31, and the API server refuses a number for a string field.
        var finding = Assert.Single(Lint.Manifest(Pod + "    env: [{name: A, value: 0x1F}]\n", "KS5051"));
        Assert.Contains("must be a string", finding.Message);
    }

    [Fact]
    public void Merge_keys_are_resolved_before_the_check()
    {
        var yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &common {app: web}\n  annotations:\n    <<: *common\n    team: core\n";

        Assert.Empty(Lint.Manifest(yaml, "KS5050"));
        Assert.Empty(Lint.Manifest(yaml, "KS5051"));
    }

    [Fact]
    public void A_boolean_int_or_string_is_wrong()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "    livenessProbe:\n      httpGet: {port: true}\n", "KS5051"));

        Assert.Contains("must be an integer or a string", finding.Message);
    }
}
