using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6028ApiServerKubeletCertificateNotVerified : RequiredFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6028", "ApiServerKubeletCertificateNotVerified", "API server does not verify kubelet certificates", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without --kubelet-certificate-authority, kube-apiserver does not verify the serving certificate of the kubelets it calls for exec, attach, logs and port-forward, so anyone on the network path can impersonate a kubelet.",
        Fix = "Give kubelets CA-signed serving certificates (serverTLSBootstrap) and pass --kubelet-certificate-authority to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.6",
        Equivalents = new[] { "trivy:KCV-0006", "checkov:CKV_K8S_73" },
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "kubelet-certificate-authority";

    protected override string Consequence => "so it connects to kubelets (exec, logs, port-forward) without checking their serving certificate";

    protected override string Example => "/etc/kubernetes/pki/ca.crt";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;
}
