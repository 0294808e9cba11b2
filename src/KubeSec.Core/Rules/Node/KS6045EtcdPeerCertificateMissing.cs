using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6045EtcdPeerCertificateMissing : RequiredFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6045", "EtcdPeerCertificateMissing", "etcd members talk without TLS certificates", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without --peer-cert-file and --peer-key-file etcd members replicate the cluster's data over plain HTTP (or self-signed certificates with --peer-auto-tls). kubeadm sets both.",
        Fix = "Pass --peer-cert-file and --peer-key-file (a peer certificate signed by etcd's CA) to etcd.",
        CisItem = "CIS Kubernetes 2.4",
        Equivalents = new[] { "trivy:KCV-0045", "checkov:CKV_K8S_119" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "peer-cert-file";

    protected override IReadOnlyList<string> Flags => new[] { "peer-cert-file", "peer-key-file" };

    protected override string Consequence => "so replication traffic between members is not protected by a verifiable TLS certificate";

    protected override string Example => "/etc/kubernetes/pki/etcd/peer.crt";

    protected override string ExampleFor(string flag) => flag switch
    {
        "peer-cert-file" => "/etc/kubernetes/pki/etcd/peer.crt",
        "peer-key-file" => "/etc/kubernetes/pki/etcd/peer.key",
        _ => Example,
    };

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.Etcd;
}
