using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6033ApiServerEtcdClientCertificateMissing : RequiredFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6033", "ApiServerEtcdClientCertificateMissing", "API server does not authenticate to etcd with a client certificate", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without --etcd-certfile and --etcd-keyfile kube-apiserver presents no client certificate to etcd, which only works when etcd accepts any client (see KS6040). kubeadm sets both.",
        Fix = "Pass --etcd-certfile and --etcd-keyfile (a client certificate signed by etcd's CA) to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.26",
        Equivalents = new[] { "trivy:KCV-0026", "checkov:CKV_K8S_99" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "etcd-certfile";

    protected override IReadOnlyList<string> Flags => new[] { "etcd-certfile", "etcd-keyfile" };

    protected override string Consequence => "so it cannot use etcd with client certificate authentication and etcd must accept unauthenticated clients";

    protected override string Example => "/etc/kubernetes/pki/apiserver-etcd-client.crt";

    protected override string ExampleFor(string flag) => flag switch
    {
        "etcd-certfile" => "/etc/kubernetes/pki/apiserver-etcd-client.crt",
        "etcd-keyfile" => "/etc/kubernetes/pki/apiserver-etcd-client.key",
        _ => Example,
    };

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;
}
