using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0005InvalidUtf8 : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0005", "InvalidUtf8", "Invalid UTF-8", Severity.Medium, RuleCategory.Engine)
    {
        Description = "The file is not valid UTF-8, which kubectl refuses. It is still checked with the bad bytes replaced.",
        Fix = "Save the file as UTF-8.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
