using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0000InternalError : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0000", "InternalError", "KubeSec failed internally", Severity.High, RuleCategory.Engine)
    {
        Description = "The linter itself hit an unexpected error, so the lint of this project was skipped. The build goes on; the tool exits with code 2.",
        Fix = "Report the message and the file to the KubeSec.Build maintainers; set KubeSecEnabled=false to skip the lint meanwhile.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
