namespace KubeSec.Tests.Rules.Workloads;

public class KS2056Tests
{
    private static string Pod(string labels) =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\n" + labels + "spec:\n  containers: [{name: c, image: nginx}]\n";

    [Fact]
    public void Fires_at_the_label_value_when_it_does_not_match_the_name()
    {
        var finding = Assert.Single(Lint.Manifest(Pod("  labels:\n    app.kubernetes.io/instance: not-nginx\n"), "KS2056"));

        Assert.Equal((6, 33, 6, 42), finding.At());
        Assert.Equal("metadata.labels['app.kubernetes.io/instance']", finding.LogicalPath);
        Assert.Contains("Pod 'nginx' sets app.kubernetes.io/instance: 'not-nginx' instead of its name", finding.Message);
    }

    [Fact]
    public void Fires_at_the_labels_or_metadata_key_when_the_label_is_missing()
    {
        var labels = Assert.Single(Lint.Manifest(Pod("  labels:\n    app: nginx\n"), "KS2056"));
        Assert.Equal((5, 3, 5, 9), labels.At());
        Assert.Contains("has no app.kubernetes.io/instance label", labels.Message);

        var metadata = Assert.Single(Lint.Manifest(Pod(string.Empty), "KS2056"));
        Assert.Equal((3, 1, 3, 9), metadata.At());
    }

    [Fact]
    public void Reads_the_workloads_own_labels_not_the_pod_templates()
    {
        const string deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata: {labels: {app.kubernetes.io/instance: api}}\n    spec: {containers: [{name: c}]}\n";

        Assert.Single(Lint.Manifest(deployment, "KS2056"));
        Assert.Empty(Lint.Manifest(deployment.Replace("  name: api\n", "  name: api\n  labels: {app.kubernetes.io/instance: api}\n"), "KS2056"));
    }

    [Theory]
    [InlineData("  labels:\n    app.kubernetes.io/instance: nginx\n")]
    [InlineData("  labels:\n    app.kubernetes.io/instance: '{{ .Release.Name }}'\n")]
    public void Passes_a_matching_or_templated_label(string labels)
    {
        Assert.Empty(Lint.Manifest(Pod(labels), "KS2056"));
    }

    [Fact]
    public void Skips_objects_without_a_pod_spec()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec: {ports: [{port: 80}]}\n", "KS2056"));
    }
}
