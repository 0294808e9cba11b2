using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6004KubeletReadOnlyPort : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6004", "KubeletReadOnlyPort", "Kubelet serves the unauthenticated read-only port", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "A non-zero readOnlyPort (historically 10255) serves pod specs, environment and metrics over plain HTTP with no authentication or authorization. In a v1beta1 config file it defaults to 0 (disabled; the --read-only-port flag defaults to 10255), so only an explicit non-zero port fires.",
        Fix = "Set readOnlyPort: 0 or remove it from the KubeletConfiguration.",
        CisItem = "CIS Kubernetes 4.2.4",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        if (config.Field("readOnlyPort") is { } field && field.AsInteger() is { } port && port != 0)
        {
            config.Report(sink, Rule, field.Region, "readOnlyPort",
                config.Describe() + " sets readOnlyPort: " + field.AsString() + ", which serves pod data over plain HTTP without authentication: set it to 0.");
        }
    }
}
