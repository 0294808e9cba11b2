using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0007AliasExpansionTooLarge : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0007", "AliasExpansionTooLarge", "YAML alias bomb", Severity.High, RuleCategory.Engine)
    {
        Description = "Aliases in a document expand to more than a million nodes (a 'billion laughs' attack); the document was skipped so that it cannot exhaust memory or time.",
        Fix = "Remove the nested aliases; Kubernetes manifests do not need them.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
