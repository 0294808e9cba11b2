using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6032ApiServerTokenAuthFile : ControlPlaneFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6032", "ApiServerTokenAuthFile", "API server accepts static bearer tokens", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "--token-auth-file makes kube-apiserver accept the bearer tokens listed in a CSV file: they never expire, cannot be revoked without restarting the API server and usually sit in plain text on every control-plane node.",
        Fix = "Remove --token-auth-file and use client certificates, service account tokens or an OIDC provider.",
        CisItem = "CIS Kubernetes 1.2.2",
        Equivalents = new[] { "trivy:KCV-0002", "checkov:CKV_K8S_70" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        if (flags.Get("token-auth-file") is { } setting && !string.IsNullOrWhiteSpace(setting.Value))
        {
            flags.Report(sink, Rule, setting.Region, setting.Path,
                flags.Describe + " sets " + Written(setting) + ", whose static tokens never expire and cannot be revoked: remove --token-auth-file and use certificates, service accounts or OIDC.");
        }
    }
}
