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
}
