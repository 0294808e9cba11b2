using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7014MultipleCmd : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7014", "MultipleCmd", "Multiple CMD instructions in a stage", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A stage has more than one CMD. Only the last one sets the default command of the image, so the earlier ones are dead code that misleads readers (and reviewers) about what the container runs. Each CMD after the first in a stage is reported.",
        Fix = "Keep one CMD per stage, the one you mean.",
        Equivalents = new[] { "hadolint:DL4003", "trivy:DS-0016" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink) =>
        RepeatedInstruction.Check(dockerfile, sink, Rule, InstructionKeywords.Cmd);
}
