namespace KubeSec.Tests.Rules.Schema;

public class KS5050Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_at_a_misspelt_key_and_suggests_the_nearest_field()
    {
        var finding = Assert.Single(Lint.Manifest(Pod + "  - name: web\n    image: nginx:1.25\n    securityContex:\n      privileged: false\n", "KS5050"));

        Assert.Equal((9, 5, 9, 19), finding.At());
        Assert.Equal("spec.containers[web].securityContex", finding.LogicalPath);
        Assert.Equal("Pod 'p' sets 'securityContex' in spec.containers[web], which is not a field of Container, so the API server rejects it or the setting is silently dropped: did you mean 'securityContext'?", finding.Message);
    }

    [Fact]
    public void Fires_on_a_field_of_another_kind_and_at_the_top_level()
    {
        var daemonSet = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: d\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      containers: [{name: c, image: nginx}]\n";
        var finding = Assert.Single(Lint.Manifest(daemonSet, "KS5050"));
        Assert.Equal((6, 3, 6, 11), finding.At());
        Assert.Contains("not a field of DaemonSetSpec", finding.Message);

        var top = Assert.Single(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndatas:\n  a: b\n", "KS5050"));
        Assert.Contains("'datas' at the top level", top.Message);
        Assert.Contains("did you mean 'data'?", top.Message);
    }

    [Fact]
    public void Free_form_fields_maps_and_custom_resources_pass()
    {
        var crd = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: things.example.com}\nspec:\n  group: example.com\n  names: {kind: Thing, plural: things}\n  scope: Namespaced\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n        x-kubernetes-preserve-unknown-fields: true\n        default: {anything: [1, 2]}\n        properties:\n          spec: {type: object}\n";
        Assert.Empty(Lint.Manifest(crd, "KS5050"));
        Assert.Empty(Lint.Manifest("apiVersion: example.com/v1\nkind: Thing\nmetadata: {name: t}\nspec: {whatever: 1}\n", "KS5050"));
        Assert.Empty(Lint.Manifest("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: {any-key: v}\n  annotations: {x/y: z}\ndata: {k: v}\n", "KS5050"));
        Assert.Empty(Lint.Manifest("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nstatus: {whatever: 1}\n", "KS5050"));
    }

    [Fact]
    public void Patch_directives_and_removed_api_versions_are_skipped()
    {
        Assert.Empty(Lint.Manifest("$patch: delete\napiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n", "KS5050"));
        Assert.Empty(Lint.Manifest("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: d}\nspec: {bogus: 1}\n", "KS5050"));
    }

    [Fact]
    public void Without_a_near_name_a_small_type_lists_its_fields()
    {
        var pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx}]\n  volumes:\n  - name: data\n    storageos:\n      volumeName: v\n      pool: default\n";
        var finding = Assert.Single(Lint.Manifest(pod, "KS5050"));

        Assert.Equal((10, 7, 10, 11), finding.At());
        Assert.EndsWith("remove it or use one of its fields (fsType, readOnly, secretRef, volumeName, volumeNamespace).", finding.Message);
    }
}
