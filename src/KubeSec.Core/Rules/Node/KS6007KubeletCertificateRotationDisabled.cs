using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6007KubeletCertificateRotationDisabled : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6007", "KubeletCertificateRotationDisabled", "Kubelet does not rotate its client certificate", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Unless rotateCertificates is true, the kubelet keeps its API client certificate until it expires: a long-lived credential that, once the certificate expires, also takes the node out of the cluster. It defaults to false; kubeadm sets it to true.",
        Fix = "Set rotateCertificates: true in the KubeletConfiguration.",
        CisItem = "CIS Kubernetes 4.2.11",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        const string path = "rotateCertificates";
        var field = config.Field(path);
        switch (field?.AsBoolean())
        {
            case true:
                return;
            case false:
                config.Report(sink, Rule, field!.Region, path,
                    config.Describe() + " sets rotateCertificates: false, so its client certificate is never renewed: set it to true.");
                return;
            case null when config.IsKubeadmInput:
                return; // kubeadm sets rotateCertificates: true.
            default:
                config.Report(sink, Rule, field?.Region ?? config.KindRegion, path,
                    config.Describe() + " does not set rotateCertificates, which defaults to false, so its client certificate is never renewed: set it to true.");
                return;
        }
    }
}
