using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7020CdInRun : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7020", "CdInRun", "cd used in RUN instead of WORKDIR", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A RUN changes directory with cd. The change lasts only for that RUN, which makes the Dockerfile harder to follow, and a failing cd in a chain joined with ';' runs the rest in the wrong directory. Opt-in: cd inside one RUN is common and often harmless.",
        Fix = "Use WORKDIR /path before the RUN, or a subshell or the tool's own directory option (make -C, git -C).",
        Equivalents = new[] { "hadolint:DL3003", "trivy:DS-0013" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            if (command.Program == "cd" && command.ProgramWord is { } cd)
            {
                sink.Report(Rule, cd.Region, command.Path("cd"),
                    "RUN on line " + DockerfileFacts.Line(cd.Region.StartLine) + " changes directory with cd: set the directory with WORKDIR instead.");
            }
        }
    }
}
