using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0008DockerfileSyntaxError : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0008", "DockerfileSyntaxError", "Dockerfile syntax error", Severity.High, RuleCategory.Engine)
    {
        Description = "A Dockerfile instruction cannot be parsed, so docker build would fail on it and the rules cannot check it. The other instructions are still checked.",
        Fix = "Fix the instruction at the reported line.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
