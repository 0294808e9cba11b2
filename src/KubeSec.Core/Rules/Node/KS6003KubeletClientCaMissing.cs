using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6003KubeletClientCaMissing : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6003", "KubeletClientCaMissing", "Kubelet does not authenticate client certificates", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without authentication.x509.clientCAFile the kubelet cannot authenticate callers by client certificate, including the API server's own calls for exec, logs and port-forward; those then rely on anonymous access or token webhooks. It has no default.",
        Fix = "Set authentication.x509.clientCAFile to the cluster CA (kubeadm: /etc/kubernetes/pki/ca.crt).",
        CisItem = "CIS Kubernetes 4.2.3",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        const string path = "authentication.x509.clientCAFile";
        var field = config.Field(path);
        if (field is null && config.IsKubeadmInput)
        {
            return; // kubeadm sets it to its CA (/etc/kubernetes/pki/ca.crt).
        }

        if (field is null || string.IsNullOrWhiteSpace(field.AsString()))
        {
            config.Report(sink, Rule, field?.Region ?? config.MissingRegion(path), path,
                config.Describe() + " does not set authentication.x509.clientCAFile, so the kubelet cannot verify client certificates: set it to the cluster CA file.");
        }
    }
}
