using System.Linq;
using System.Text;
using KubeSec.Manifests;
using KubeSec.Text;

namespace KubeSec.Tests.Manifests;

public class PodSpecLocatorTests
{
    private static KubernetesObject Single(string yaml) =>
        ManifestLoader.Load(SourceFile.FromBytes("w.yaml", Encoding.UTF8.GetBytes(yaml))).Objects.Single();

    [Theory]
    [InlineData("v1", "Pod", "spec:\n  containers: [{name: c}]\n", "spec")]
    [InlineData("apps/v1", "Deployment", "spec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "spec.template.spec")]
    [InlineData("apps/v1", "StatefulSet", "spec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "spec.template.spec")]
    [InlineData("apps/v1", "DaemonSet", "spec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "spec.template.spec")]
    [InlineData("apps/v1", "ReplicaSet", "spec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "spec.template.spec")]
    [InlineData("v1", "ReplicationController", "spec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "spec.template.spec")]
    [InlineData("batch/v1", "Job", "spec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "spec.template.spec")]
    [InlineData("batch/v1", "CronJob", "spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: c}]\n", "spec.jobTemplate.spec.template.spec")]
    [InlineData("v1", "PodTemplate", "template:\n  spec:\n    containers: [{name: c}]\n", "template.spec")]
    [InlineData("argoproj.io/v1alpha1", "Rollout", "spec:\n  template:\n    spec:\n      containers: [{name: c}]\n", "spec.template.spec")]
    public void Finds_the_pod_spec_of_every_workload_kind(string apiVersion, string kind, string body, string path)
    {
        var obj = Single($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata: {{name: w}}\n{body}");

        Assert.NotNull(obj.PodSpec);
        Assert.Equal(path, obj.PodSpec!.Path);
        Assert.Equal(path + ".containers[c]", obj.PodSpec.Containers.Single().Path);
    }

    [Fact]
    public void Objects_that_run_no_pods_have_no_pod_spec()
    {
        Assert.Null(Single("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  template: {spec: {}}\n").PodSpec);
        Assert.Null(Single("apiVersion: example.com/v1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template: {spec: {}}\n").PodSpec);
    }

    [Fact]
    public void Walks_containers_init_containers_and_ephemeral_containers()
    {
        var pod = Single("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: i}]\n  containers: [{name: a}, {image: x}]\n  ephemeralContainers: [{name: e}]\n").PodSpec!;

        Assert.Equal(new[] { "a", "#1", "i", "e" }, pod.Containers.Select(c => c.Name));
        Assert.Equal(new[] { ContainerKind.Container, ContainerKind.Container, ContainerKind.InitContainer, ContainerKind.EphemeralContainer }, pod.Containers.Select(c => c.Kind));
    }

    [Fact]
    public void A_container_inherits_the_pod_security_context_unless_it_overrides_it()
    {
        var pod = Single("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: true, runAsUser: 1000}\n  containers:\n  - name: a\n  - name: b\n    securityContext: {runAsUser: 2000}\n").PodSpec!;

        var a = pod.Containers[0];
        var b = pod.Containers[1];
        Assert.True(a.Effective("runAsUser").FromPod);
        Assert.Equal(1000, a.Effective("runAsUser").Node!.AsInteger());
        Assert.False(b.Effective("runAsUser").FromPod);
        Assert.Equal(2000, b.Effective("runAsUser").Node!.AsInteger());
        Assert.Equal("spec.securityContext.runAsNonRoot", b.Effective("runAsNonRoot").Path);
        Assert.Null(a.Effective("seccompProfile").Node);
    }
}
