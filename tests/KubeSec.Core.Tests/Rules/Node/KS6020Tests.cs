namespace KubeSec.Tests.Rules.Node;

public class KS6020Tests
{
    [Fact]
    public void Fires_on_true_at_the_flag_item()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--anonymous-auth=true"), "KS6020"));

        Assert.Equal((12, 7, 12, 28), finding.At());
        Assert.Equal("kube-apiserver", finding.Container);
        Assert.Equal("spec.containers[kube-apiserver].command[--anonymous-auth]", finding.LogicalPath);
    }

    [Fact]
    public void Fires_when_missing_at_the_command_key()
    {
        var finding = Assert.Single(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--secure-port=6443"), "KS6020"));

        Assert.Equal((10, 5, 10, 12), finding.At());
        Assert.Contains("defaults to true", finding.Message);
    }

    [Fact]
    public void Passes_when_false_and_ignores_other_components()
    {
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-apiserver", "--anonymous-auth=false"), "KS6020"));
        Assert.Empty(Lint.Manifest(NodeYaml.StaticPod("kube-scheduler", "--anonymous-auth=true"), "KS6020"));
    }

    [Fact]
    public void Reads_kubeadm_v1beta3_maps_and_v1beta4_lists()
    {
        var v3 = "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    anonymous-auth: \"true\"\n";
        Assert.Equal((5, 21, 5, 27), Assert.Single(Lint.Manifest(v3, "KS6020")).At());

        var v4 = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - name: anonymous-auth\n    value: \"false\"\n";
        Assert.Empty(Lint.Manifest(v4, "KS6020"));

        var missing = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking: {}\n";
        Assert.Equal((2, 1, 2, 27), Assert.Single(Lint.Manifest(missing, "KS6020")).At());
    }
}
