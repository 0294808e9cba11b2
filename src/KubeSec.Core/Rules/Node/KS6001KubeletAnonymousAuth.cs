using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6001KubeletAnonymousAuth : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6001", "KubeletAnonymousAuth", "Kubelet accepts anonymous requests", Severity.High, RuleCategory.NodeConfiguration)
    {
        Description = "With authentication.anonymous.enabled: true the kubelet API (port 10250: exec, logs, pod list) serves unauthenticated requests as system:anonymous. In a v1beta1 config file it defaults to false (the --anonymous-auth flag defaults to true), so only an explicit true fires.",
        Fix = "Set authentication.anonymous.enabled: false in the KubeletConfiguration.",
        CisItem = "CIS Kubernetes 4.2.1",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        const string path = "authentication.anonymous.enabled";
        if (config.Field(path) is { } field && field.AsBoolean() == true)
        {
            config.Report(sink, Rule, field.Region, path,
                config.Describe() + " sets authentication.anonymous.enabled: true, so anyone who reaches port 10250 is served as system:anonymous: set it to false.");
        }
    }
}
