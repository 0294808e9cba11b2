using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0010InvalidSetting : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0010", "InvalidSetting", "Invalid KubeSec setting", Severity.Medium, RuleCategory.Engine)
    {
        Description = "An MSBuild property of KubeSec (mode, levels, profile, Kubernetes version, source root, or one of the true/false switches) has a value it does not understand; the default is used instead.",
        Fix = "Use one of the values the message lists.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
