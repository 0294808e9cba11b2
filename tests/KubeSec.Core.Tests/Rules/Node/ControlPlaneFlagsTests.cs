using System.Collections.Generic;
using System.Linq;
using KubeSec.Scanning;

namespace KubeSec.Tests.Rules.Node;

/// <summary>How the flag model finds control-plane components and reads their flags.</summary>
public class ControlPlaneFlagsTests
{
    private const string UserEtcd =
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: my-etcd\n  namespace: apps\nspec:\n  containers:\n  - name: etcd\n    image: quay.io/coreos/etcd:v3.5.0\n    command:\n    - etcd\n    - --auto-tls=true\n";

    [Fact]
    public void An_application_pod_running_etcd_in_its_own_namespace_is_not_judged()
    {
        Assert.DoesNotContain(Lint.Manifest(UserEtcd), f => f.RuleId.StartsWith("KS60", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_pod_in_a_manifests_folder_or_with_the_kubeadm_label_is_judged()
    {
        var scanner = new Scanner(new ScanOptions { IncludeOptInRules = true });
        var inFolder = scanner.ScanManifestTexts(new[] { new KeyValuePair<string, string>("etc/kubernetes/manifests/etcd.yaml", UserEtcd) });
        Assert.Contains(inFolder.Findings, f => f.RuleId == "KS6041");
        var otherFile = scanner.ScanManifestTexts(new[] { new KeyValuePair<string, string>("deploy/manifests/my-store.yaml", UserEtcd) });
        Assert.DoesNotContain(otherFile.Findings, f => f.RuleId == "KS6041");

        var labelled = UserEtcd.Replace("  namespace: apps\n", "  labels:\n    component: etcd\n");
        Assert.Contains(Lint.Manifest(labelled), f => f.RuleId == "KS6041");
    }

    [Fact]
    public void A_deployment_is_not_a_static_pod()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: etcd, namespace: kube-system}\nspec:\n  template:\n    spec:\n      containers:\n      - name: etcd\n        command: [etcd, --auto-tls=true]\n";
        Assert.Empty(Lint.Manifest(yaml, "KS6041"));
    }

    [Fact]
    public void A_shell_wrapper_is_not_judged_but_flags_in_args_with_the_component_image_are()
    {
        var wrapped = "apiVersion: v1\nkind: Pod\nmetadata: {name: etcd, namespace: kube-system}\nspec:\n  containers:\n  - name: etcd\n    image: registry.k8s.io/etcd:3.5.12-0\n    command: [sh, -c, etcd --auto-tls=true]\n";
        Assert.Empty(Lint.Manifest(wrapped, "KS6041"));

        var args = "apiVersion: v1\nkind: Pod\nmetadata: {name: etcd, namespace: kube-system}\nspec:\n  containers:\n  - name: etcd\n    image: registry.k8s.io/etcd:3.5.12-0\n    args: [--auto-tls=true]\n";
        Assert.Single(Lint.Manifest(args, "KS6041"));
    }

    [Fact]
    public void The_last_of_repeated_flags_wins_and_the_space_separated_form_is_read()
    {
        var repeated = NodeYaml.StaticPod("etcd", "--auto-tls=true", "--auto-tls=false");
        Assert.Empty(Lint.Manifest(repeated, "KS6041"));

        var spaced = NodeYaml.StaticPod("kube-scheduler", "--bind-address", "0.0.0.0");
        var finding = Assert.Single(Lint.Manifest(spaced, "KS6030"));
        Assert.Equal((12, 7, 13, 14), finding.At());
    }

    [Fact]
    public void The_command_path_may_be_absolute()
    {
        var yaml = NodeYaml.StaticPod("etcd", "--auto-tls=true").Replace("    - etcd\n", "    - /usr/local/bin/etcd\n");
        Assert.Single(Lint.Manifest(yaml, "KS6041"));
    }

    [Fact]
    public void Ordinary_application_pods_get_no_node_findings()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: api}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.25\n    command: [nginx, -g, daemon off;]\n";
        Assert.DoesNotContain(Lint.Manifest(yaml), f => f.RuleId.StartsWith("KS60", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: x, namespace: kube-system}\nspec:\n  containers:\n  - name: etcd\n    command: etcd --auto-tls=true\n")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: x, namespace: kube-system}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, {a: b}, [c], --, -, --=x, null]\n")]
    [InlineData("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer: plain\netcd: [1, 2]\nscheduler:\n  extraArgs: text\ncontrollerManager:\n  extraArgs: [1, {value: x}, {name: [a]}]\n")]
    [InlineData("apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication: [1]\nauthorization: text\nreadOnlyPort: ten\ntlsCipherSuites: text\nfeatureGates: [x]\n")]
    public void Bad_shapes_are_skipped_without_errors(string yaml)
    {
        Assert.DoesNotContain(Lint.Manifest(yaml), f => f.RuleId == "KS0000");
    }
}
