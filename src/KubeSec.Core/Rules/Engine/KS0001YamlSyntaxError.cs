using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0001YamlSyntaxError : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0001", "YamlSyntaxError", "YAML syntax error", Severity.High, RuleCategory.Engine)
    {
        Description = "The file is not valid YAML, so kubectl would refuse it and nothing after the error can be checked. Documents before the error are still checked.",
        Fix = "Fix the YAML at the reported line and column (a tab used for indentation, a missing colon or a bad indent are the usual causes).",
    };

    public override RuleDescriptor Descriptor => Rule;
}
