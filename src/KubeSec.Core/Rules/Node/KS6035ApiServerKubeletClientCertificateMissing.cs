using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6035ApiServerKubeletClientCertificateMissing : RequiredFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6035", "ApiServerKubeletClientCertificateMissing", "API server does not authenticate to kubelets with a client certificate", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without --kubelet-client-certificate and --kubelet-client-key kube-apiserver calls kubelets without a client certificate, so exec, logs and port-forward work only when kubelets allow anonymous access. kubeadm sets both.",
        Fix = "Pass --kubelet-client-certificate and --kubelet-client-key to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.5",
        Equivalents = new[] { "trivy:KCV-0005", "checkov:CKV_K8S_72" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "kubelet-client-certificate";

    protected override IReadOnlyList<string> Flags => new[] { "kubelet-client-certificate", "kubelet-client-key" };

    protected override string Consequence => "so kubelets must serve its exec, logs and port-forward calls without authentication";

    protected override string Example => "/etc/kubernetes/pki/apiserver-kubelet-client.crt";

    protected override string ExampleFor(string flag) => flag switch
    {
        "kubelet-client-certificate" => "/etc/kubernetes/pki/apiserver-kubelet-client.crt",
        "kubelet-client-key" => "/etc/kubernetes/pki/apiserver-kubelet-client.key",
        _ => Example,
    };

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;
}
