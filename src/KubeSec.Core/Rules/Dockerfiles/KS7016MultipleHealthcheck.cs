using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7016MultipleHealthcheck : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7016", "MultipleHealthcheck", "Multiple HEALTHCHECK instructions in a stage", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A stage has more than one HEALTHCHECK. Only the last one sets the health check of the image, so the earlier ones are dead code that misleads readers (and reviewers) about what the container runs. Each HEALTHCHECK after the first in a stage is reported.",
        Fix = "Keep one HEALTHCHECK per stage, the one you mean.",
        Equivalents = new[] { "hadolint:DL3012", "trivy:DS-0023" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink) =>
        RepeatedInstruction.Check(dockerfile, sink, Rule, InstructionKeywords.Healthcheck);
}
