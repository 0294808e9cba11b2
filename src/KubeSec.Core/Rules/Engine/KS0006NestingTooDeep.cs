using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0006NestingTooDeep : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0006", "NestingTooDeep", "YAML nested too deeply", Severity.Medium, RuleCategory.Engine)
    {
        Description = "A document nests deeper than 512 levels, which no Kubernetes object needs; the document was skipped so that it cannot exhaust the build.",
        Fix = "Flatten the document, or exclude the file if it is not a manifest.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
