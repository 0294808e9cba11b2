using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0009FileUnreadable : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0009", "FileUnreadable", "File cannot be read", Severity.Medium, RuleCategory.Engine)
    {
        Description = "The file could not be opened or read, so it was not checked.",
        Fix = "Check that the file exists and is readable by the build.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
