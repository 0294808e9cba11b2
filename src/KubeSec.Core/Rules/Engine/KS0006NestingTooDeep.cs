using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0006NestingTooDeep : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0006", "NestingTooDeep", "Input nested too deeply", Severity.Medium, RuleCategory.Engine)
    {
        Description = "A YAML document nests deeper than 512 levels, which no Kubernetes object needs, and was skipped; or a Dockerfile nests deeper than 64 levels (${A:-${B:-...}} defaults in an ARG, ENV or FROM value, which then stays unknown, or $(...), backticks, quotes and ${...} inside a RUN command, which is still checked): nothing real comes near, and the limit keeps such input from exhausting the build. The rest of the file is still checked.",
        Fix = "Flatten the document or the Dockerfile value, or exclude the file if it is not a manifest.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
