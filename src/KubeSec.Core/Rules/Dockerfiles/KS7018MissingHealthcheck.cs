using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7018MissingHealthcheck : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7018", "MissingHealthcheck", "No HEALTHCHECK instruction", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "The Dockerfile has no HEALTHCHECK instruction, so Docker and Compose cannot tell a hung container from a healthy one. Opt-in: Kubernetes ignores HEALTHCHECK and uses probes instead, so images deployed only to Kubernetes do not need it.",
        Fix = "Add HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost:8080/healthz\"] (or a small health-check binary), or define Kubernetes probes instead and leave this rule off.",
        CisItem = "Docker 4.6",
        Equivalents = new[] { "hadolint:DL3057", "trivy:DS-0026", "checkov:CKV_DOCKER_2" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        if (dockerfile.FinalStage is not { } final)
        {
            return;
        }

        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction.Is(InstructionKeywords.Healthcheck))
            {
                return;
            }
        }

        sink.Report(Rule, final.From.Region, final.From.LogicalPath,
            "The Dockerfile has no HEALTHCHECK, so Docker cannot tell when the final " + final.Describe() + " on line " + DockerfileFacts.Line(final.From.StartLine) + " hangs: add HEALTHCHECK CMD <probe command> (or rely on Kubernetes probes).");
    }
}
