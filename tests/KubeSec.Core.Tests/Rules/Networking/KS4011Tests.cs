namespace KubeSec.Tests.Rules.Networking;

public class KS4011Tests
{
    [Fact]
    public void Fires_at_the_selector_when_template_labels_differ()
    {
        var yaml = Net.Deployment("api").Replace("matchLabels: {app: api}", "matchLabels: {app: web}");

        var finding = Assert.Single(Lint.Manifest(yaml, "KS4011"));

        Assert.Equal((5, 3, 5, 11), finding.At());
        Assert.Contains("Deployment 'api' has a spec.selector that does not match", finding.Message);
    }

    [Fact]
    public void Plain_map_selectors_are_evaluated()
    {
        var rc = "apiVersion: v1\nkind: ReplicationController\nmetadata: {name: r}\nspec:\n  selector: {app: web}\n  template:\n    metadata: {labels: {app: api}}\n    spec: {containers: [{name: c}]}\n";

        Assert.Single(Lint.Manifest(rc, "KS4011"));
        Assert.Empty(Lint.Manifest(rc.Replace("{app: web}", "{app: api}"), "KS4011"));
    }

    [Fact]
    public void Passes_a_matching_selector_and_templated_ones()
    {
        Assert.Empty(Lint.Manifest(Net.Deployment("api"), "KS4011"));
        Assert.Empty(Lint.Manifest(Net.Deployment("api").Replace("matchLabels: {app: api}", "matchLabels: {app: \"{{ .Release.Name }}\"}"), "KS4011"));
    }

    [Fact]
    public void Fires_on_a_statefulset_whose_template_labels_differ()
    {
        var statefulSet = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n  selector:\n    matchLabels: {app: foo}\n  template:\n    metadata: {labels: {app: bar}}\n    spec: {containers: [{name: c}]}\n";

        var finding = Assert.Single(Lint.Manifest(statefulSet, "KS4011"));

        Assert.Equal((6, 3, 6, 11), finding.At());
        Assert.Empty(Lint.Manifest(statefulSet.Replace("{app: bar}", "{app: foo}"), "KS4011"));
    }
}
