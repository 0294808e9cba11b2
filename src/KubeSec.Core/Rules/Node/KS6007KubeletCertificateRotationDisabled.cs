using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6007KubeletCertificateRotationDisabled : KubeletRequiredTrueRule
{
    public static readonly RuleDescriptor Rule = new("KS6007", "KubeletCertificateRotationDisabled", "Kubelet does not rotate its client certificate", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Unless rotateCertificates is true, the kubelet keeps its API client certificate until it expires: a long-lived credential that, once the certificate expires, also takes the node out of the cluster. It defaults to false; kubeadm sets it to true.",
        Fix = "Set rotateCertificates: true in the KubeletConfiguration.",
        CisItem = "CIS Kubernetes 4.2.11",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Field => "rotateCertificates";

    protected override string Consequence => "so its client certificate is never renewed";

    protected override bool SetByKubeadm => true;
}
