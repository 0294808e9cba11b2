using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0011ExpansionTooLarge : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0011", "ExpansionTooLarge", "Dockerfile variable expansion too large", Severity.High, RuleCategory.Engine)
    {
        Description = "An ARG or ENV value (or a FROM image) in a Dockerfile expands to more than 1,048,576 characters, or the file's expansions together to more than 16,777,216 (an ARG doubling chain such as ARG A1=$A0$A0, repeated, is a few hundred bytes that would expand to gigabytes). The value, and every value built from it, is treated as unknown; the rest of the file is still checked. It is reported once per file, at the first value over the limit.",
        Fix = "Do not build values by repeating other variables; set the value you need directly.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
