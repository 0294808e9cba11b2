using System;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6002KubeletAuthorizationAlwaysAllow : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6002", "KubeletAuthorizationAlwaysAllow", "Kubelet authorizes every request", Severity.High, RuleCategory.NodeConfiguration)
    {
        Description = "With authorization.mode: AlwaysAllow the kubelet lets every authenticated (and, with anonymous auth, every) caller exec into pods, read logs and list pods on the node. In a v1beta1 config file the mode defaults to Webhook (the --authorization-mode flag defaults to AlwaysAllow), so only an explicit AlwaysAllow fires.",
        Fix = "Set authorization.mode: Webhook (with authentication.webhook.enabled: true) in the KubeletConfiguration.",
        CisItem = "CIS Kubernetes 4.2.2",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        const string path = "authorization.mode";
        if (config.Field(path) is { } field && string.Equals(field.AsString()?.Trim(), "AlwaysAllow", StringComparison.OrdinalIgnoreCase))
        {
            config.Report(sink, Rule, field.Region, path,
                config.Describe() + " sets authorization.mode: AlwaysAllow, so every caller of the kubelet API may exec into the node's pods: set it to Webhook.");
        }
    }
}
