using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0016YamlContentIgnored : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0016", "YamlContentIgnored", "YAML content kubectl ignores", Severity.Low, RuleCategory.Engine)
    {
        Description = "Text after a document's '...' end marker, up to the next '---' line, is never read by kubectl, so it is not applied and not checked.",
        Fix = "Start the next document with a '---' line instead of ending the previous one with '...', or delete the text.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
