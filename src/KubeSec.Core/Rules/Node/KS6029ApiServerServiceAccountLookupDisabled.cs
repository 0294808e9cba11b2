using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6029ApiServerServiceAccountLookupDisabled : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6029", "ApiServerServiceAccountLookupDisabled", "API server accepts deleted service account tokens", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "With --service-account-lookup=false kube-apiserver validates service account tokens by signature alone and does not check that the service account (and, for bound tokens, the secret) still exists. The flag defaults to true, so only an explicit false fires.",
        Fix = "Remove --service-account-lookup=false or set it to true.",
        CisItem = "CIS Kubernetes 1.2.24",
        Equivalents = System.Array.Empty<string>(),
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "service-account-lookup";

    protected override bool Expected => true;

    protected override bool ProgramDefault => true;

    protected override string Consequence => "so tokens of deleted service accounts stay valid until they expire";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;
}
