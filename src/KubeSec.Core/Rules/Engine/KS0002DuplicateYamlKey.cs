using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0002DuplicateYamlKey : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0002", "DuplicateYamlKey", "Duplicate YAML key", Severity.Medium, RuleCategory.Engine)
    {
        Description = "A mapping repeats a key. kubectl keeps the last value silently, so the first one, often a security setting, is lost without a trace. The file is checked as kubectl reads it.",
        Fix = "Remove one of the two keys so the manifest says one thing.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
