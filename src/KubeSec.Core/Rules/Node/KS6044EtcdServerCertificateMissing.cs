using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6044EtcdServerCertificateMissing : RequiredFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6044", "EtcdServerCertificateMissing", "etcd serves clients without a TLS certificate", Severity.High, RuleCategory.NodeConfiguration)
    {
        Description = "Without --cert-file and --key-file etcd serves its clients over plain HTTP (or, with --auto-tls, a self-signed certificate): the cluster state, secrets included, crosses the network readable and changeable. kubeadm sets both.",
        Fix = "Pass --cert-file and --key-file (a serving certificate signed by etcd's CA) to etcd.",
        CisItem = "CIS Kubernetes 2.1",
        Equivalents = new[] { "trivy:KCV-0042", "checkov:CKV_K8S_116" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "cert-file";

    protected override IReadOnlyList<string> Flags => new[] { "cert-file", "key-file" };

    protected override string Consequence => "so client traffic, the whole cluster state, is not protected by a verifiable TLS certificate";

    protected override string Example => "/etc/kubernetes/pki/etcd/server.crt";

    protected override string ExampleFor(string flag) => flag switch
    {
        "cert-file" => "/etc/kubernetes/pki/etcd/server.crt",
        "key-file" => "/etc/kubernetes/pki/etcd/server.key",
        _ => Example,
    };

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.Etcd;
}
