using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7015MultipleEntrypoint : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7015", "MultipleEntrypoint", "Multiple ENTRYPOINT instructions in a stage", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "A stage has more than one ENTRYPOINT. Only the last one sets the entry point of the image, so the earlier ones are dead code that misleads readers (and reviewers) about what the container runs. Each ENTRYPOINT after the first in a stage is reported.",
        Fix = "Keep one ENTRYPOINT per stage, the one you mean.",
        Equivalents = new[] { "hadolint:DL4004", "trivy:DS-0007" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink) =>
        RepeatedInstruction.Check(dockerfile, sink, Rule, InstructionKeywords.Entrypoint);
}
