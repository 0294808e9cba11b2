using System.Linq;
using System.Text;
using KubeSec.Manifests;
using KubeSec.Text;

namespace KubeSec.Tests.Manifests;

public class ObjectIndexTests
{
    private const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
          labels: {app: widgets}
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          versions:
            - name: v1
              schema:
                openAPIV3Schema:
                  type: object
        """;

    private static KubernetesObject Load(string yaml) =>
        ManifestLoader.Load(SourceFile.FromBytes("m.yaml", Encoding.UTF8.GetBytes(yaml))).Objects.Single();

    [Fact]
    public void A_custom_resource_definition_is_retained_with_its_header_only_at_the_same_places()
    {
        var crd = Load(Crd);

        var retained = ObjectIndex.Retained(crd);

        Assert.Equal(new[] { "apiVersion", "kind", "metadata" }, retained.Root.Entries.Select(e => e.Key.Value));
        Assert.Null(retained.Root["spec"]);
        Assert.Same(crd.Root["metadata"], retained.Root["metadata"]);
        Assert.Equal(crd.Root.Region, retained.Root.Region);
        Assert.Equal((crd.Reference.ToString(), crd.FilePath, crd.DocumentIndex, crd.PathPrefix), (retained.Reference.ToString(), retained.FilePath, retained.DocumentIndex, retained.PathPrefix));
        Assert.NotNull(crd.Root["spec"]);
    }

    [Fact]
    public void Every_other_object_is_retained_whole()
    {
        var deployment = Load("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec: {replicas: 1}\n");
        var lookalike = Load("apiVersion: example.com/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\nspec: {a: b}\n");

        Assert.Same(deployment, ObjectIndex.Retained(deployment));
        Assert.Same(lookalike, ObjectIndex.Retained(lookalike));
    }

    [Fact]
    public void Cross_object_rules_still_see_a_retained_definition_for_what_they_read()
    {
        var findings = Lint.Manifest(Crd + "\n---\n" + Crd + "\n", "KS5052");

        var duplicate = Assert.Single(findings);
        Assert.Equal((18, 9, 18, 28), duplicate.At());
        Assert.Contains("already defined at line 1", duplicate.Message, System.StringComparison.Ordinal);
    }

    private static ObjectIndex Index(string yaml) =>
        new(ManifestLoader.Load(SourceFile.FromBytes("m.yaml", Encoding.UTF8.GetBytes(yaml))).Objects);

    private const string Pods = """
        apiVersion: v1
        kind: Pod
        metadata: {name: a, labels: {app: web, tier: front}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b, namespace: default, labels: {app: api}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: c, namespace: other, labels: {app: web}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: d, labels: {app: db, tier: front}}
        """;

    [Fact]
    public void Name_look_ups_keep_scan_order_and_treat_no_namespace_as_default()
    {
        var index = Index(Pods + "\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: default}\n");
        var b = index.All[1];

        Assert.Same(index.All[0], index.Find("Pod", "a", b));
        Assert.Equal(new[] { index.All[0], index.All[4] }, index.NamedNear("Pod", "a", b));
        Assert.Null(index.Find("Pod", "c", b));
        Assert.Same(index.All[2], Assert.Single(index.Named("Pod", "c")));
        Assert.Equal(4, index.OfKindInNamespace("Pod", "default").Count);
        Assert.Equal(2, index.OrdinalOf(index.All[2]));
    }

    [Theory]
    [InlineData("{matchLabels: {app: web}}", "a")]
    [InlineData("{matchLabels: {tier: front}}", "a,d")]
    [InlineData("{matchLabels: {app: web, tier: front}}", "a")]
    [InlineData("{matchExpressions: [{key: app, operator: In, values: [db, web, nothing]}]}", "a,d")]
    [InlineData("{matchExpressions: [{key: tier, operator: Exists}]}", "a,d")]
    [InlineData("{matchExpressions: [{key: app, operator: NotIn, values: [web]}]}", "b,d")]
    [InlineData("{matchExpressions: [{key: tier, operator: DoesNotExist}]}", "b")]
    [InlineData("{matchLabels: {pod-template-hash: abc, app: api}}", "b")] // a key controllers add counts as met
    [InlineData("{matchLabels: {pod-template-hash: abc}}", "a,b,d")]
    [InlineData("{matchLabels: {app: nothing}}", "")]
    [InlineData("{}", "a,b,d")]
    public void A_selector_finds_the_same_pods_through_the_label_index_as_by_testing_every_pod(string selectorYaml, string expected)
    {
        var index = Index(Pods);
        var node = ManifestLoader.Load(SourceFile.FromBytes("s.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: X\nspec:\n  selector: " + selectorYaml + "\n"))).Objects.Single().Root.At("spec", "selector");
        var labels = new LabelIndex(index, index.All, LabelSelector.PodLabels);
        var query = SelectorQuery.ForSelector(node);

        var found = labels.Matching("default", query, result => result == true).Select(m => m.Object.Name).ToList();
        var direct = index.All.Where(o => ObjectIndex.NamespaceOf(o) == "default" && LabelSelector.Test(node, LabelSelector.PodLabels(o)) == true).Select(o => o.Name).ToList();

        Assert.Equal(direct, found);
        Assert.Equal(expected, string.Join(",", found));
    }

    [Fact]
    public void Selectors_that_select_the_same_label_sets_share_a_canonical_text_and_others_do_not()
    {
        static SelectorQuery Read(string yaml) => SelectorQuery.ForSelector(
            ManifestLoader.Load(SourceFile.FromBytes("s.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: X\nspec:\n  selector: " + yaml + "\n"))).Objects.Single().Root.At("spec", "selector"));

        Assert.Equal(Read("{matchLabels: {a: '1', b: '2'}}").Canonical, Read("{matchLabels: {b: '2', a: '1'}}").Canonical);
        Assert.Equal(Read("{matchLabels: {a: x}}").Canonical, Read("{matchExpressions: [{key: a, operator: In, values: [x, x]}]}").Canonical);
        Assert.NotEqual(Read("{matchLabels: {a: x}}").Canonical, Read("{matchLabels: {a: y}}").Canonical);
        Assert.NotEqual(Read("{matchLabels: {'a b': c}}").Canonical, Read("{matchLabels: {a: 'b c'}}").Canonical);
        Assert.NotEqual(Read("{}").Canonical, Read("{matchExpressions: [{key: a, operator: Bogus}]}").Canonical);
        Assert.Null(Read("{matchExpressions: [{key: a, operator: Bogus}]}").Evaluate(new System.Collections.Generic.Dictionary<string, string>()));
    }
}
