using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6034ApiServerEtcdCaMissing : RequiredFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6034", "ApiServerEtcdCaMissing", "API server does not verify etcd's certificate", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without --etcd-cafile kube-apiserver cannot verify the serving certificate of etcd, so a man in the middle can pose as etcd and receive every write, secrets included. kubeadm sets it.",
        Fix = "Pass --etcd-cafile (etcd's CA) to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.29",
        Equivalents = new[] { "trivy:KCV-0029", "checkov:CKV_K8S_102" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "etcd-cafile";

    protected override IReadOnlyList<string> Flags => new[] { "etcd-cafile" };

    protected override string Consequence => "so it cannot verify the etcd server it stores the cluster's data in";

    protected override string Example => "/etc/kubernetes/pki/etcd/ca.crt";

    protected override string ExampleFor(string flag) => flag switch
    {
        "etcd-cafile" => "/etc/kubernetes/pki/etcd/ca.crt",
        _ => Example,
    };

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;
}
