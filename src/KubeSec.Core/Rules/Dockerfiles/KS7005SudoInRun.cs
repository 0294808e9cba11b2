using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7005SudoInRun : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7005", "SudoInRun", "sudo used in RUN", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "A RUN command runs sudo. Build steps already run as the stage's USER; sudo inside a build either does nothing (as root) or means the image ships sudo and a sudoers entry that lets the application's user become root at run time, undoing the non-root USER. Every command of a RUN is checked (shell form, heredoc scripts, exec form), also behind env or xargs.",
        Fix = "Remove sudo: run the step before switching USER (or switch to USER root for it and back), and do not install sudo in the image.",
        CisItem = "Docker 4.1",
        Equivalents = new[] { "hadolint:DL3004", "trivy:DS-0010", "checkov:CKV2_DOCKER_1" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            foreach (var word in command.Command.Words)
            {
                if (DockerfileFacts.BaseName(word.Value) is "sudo")
                {
                    sink.Report(Rule, word.Region, command.Path("sudo"),
                        "RUN on line " + DockerfileFacts.Line(word.Region.StartLine) + " uses sudo, which needs sudo and a sudoers entry in the image that let its user become root: run the step as root before the USER instruction instead and remove sudo.");
                    break;
                }

                if (command.ProgramWord is { } program && word == program)
                {
                    break;
                }
            }
        }
    }
}
