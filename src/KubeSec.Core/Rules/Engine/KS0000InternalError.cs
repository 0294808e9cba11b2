using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0000InternalError : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0000", "InternalError", "KubeSec failed internally", Severity.High, RuleCategory.Engine)
    {
        Description = "The linter itself hit an unexpected error on one file, one rule or one output (the SARIF file), so that part was not checked or written. Every other finding is still reported; in block mode the build fails, and the tool exits with code 2.",
        Fix = "Report the message and the file to the KubeSec.Build maintainers; set KubeSecEnabled=false to skip the lint meanwhile.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
