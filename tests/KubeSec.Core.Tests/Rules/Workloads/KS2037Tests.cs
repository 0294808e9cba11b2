namespace KubeSec.Tests.Rules.Workloads;

public class KS2037Tests
{
    [Fact]
    public void Fires_once_per_unsorted_mapping_at_the_first_key_out_of_order()
    {
        var findings = Lint.Manifest("apiVersion: v1\nmetadata:\n  labels: {b: x, a: y}\n  name: m\nkind: ConfigMap\ndata:\n  zebra: z\n  apple: a\n  mango: m\n", "KS2037");

        Assert.Equal(3, findings.Count);
        Assert.Equal((3, 18, 3, 19), findings[0].At());
        Assert.Equal("metadata.labels.a", findings[0].LogicalPath);
        Assert.Equal((5, 1, 5, 5), findings[1].At());
        Assert.Equal("kind", findings[1].LogicalPath);
        Assert.Equal("ConfigMap 'm' has key 'kind' after 'metadata' at the top level, out of alphabetical order: sort that mapping's keys.", findings[1].Message);
        Assert.Equal((8, 3, 8, 8), findings[2].At());
        Assert.Equal("data.apple", findings[2].LogicalPath);
    }

    [Fact]
    public void Looks_into_sequences()
    {
        var finding = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - image: nginx\n      name: web\n    - name: side\n      image: busybox\n", "KS2037"));

        Assert.Equal((9, 7, 9, 12), finding.At());
        Assert.Equal("spec.containers[1].image", finding.LogicalPath);
    }

    [Fact]
    public void Passes_sorted_manifests_and_is_case_sensitive()
    {
        Assert.Empty(Lint.Manifest("apiVersion: v1\ndata:\n  Zed: z\n  apple: a\nkind: ConfigMap\nmetadata: {name: m}\n", "KS2037"));
    }

    [Fact]
    public void Judges_merged_keys_and_aliases_where_they_are_written()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  labels: &labels {app: a, tier: t}\n  name: p\nspec:\n  containers:\n    - &base {image: i, name: one}\n    - <<: *base\n      name: two\n  nodeSelector: *labels\n";

        Assert.Empty(Lint.Manifest(yaml, "KS2037"));
    }

    [Fact]
    public void An_unsorted_anchor_is_reported_once_however_often_it_is_aliased()
    {
        var yaml = "apiVersion: v1\ndata:\n  a: &u {z: 1, b: 2}\n  c: *u\n  d: [*u, *u]\nkind: ConfigMap\nmetadata: {name: m}\n";

        var finding = Assert.Single(Lint.Manifest(yaml, "KS2037"));
        Assert.Equal((3, 16, 3, 17), (finding.Region.StartLine, finding.Region.StartColumn, finding.Region.EndLine, finding.Region.EndColumn));
    }
}
