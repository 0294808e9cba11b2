using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7024AptInsteadOfAptGet : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7024", "AptInsteadOfAptGet", "apt used instead of apt-get", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A RUN calls apt, the interactive front end whose command-line interface is documented as unstable for scripts (it warns 'apt does not have a stable CLI interface'), shows progress bars and may change behaviour between releases. Opt-in: it mostly works, but builds should use apt-get or apt-cache.",
        Fix = "Use apt-get (or apt-cache for searches).",
        Equivalents = new[] { "hadolint:DL3027", "checkov:CKV_DOCKER_9" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            if (command.Program == "apt" && command.ProgramWord is { } apt && command.FirstOperand is not null)
            {
                sink.Report(Rule, apt.Region, command.Path("apt"),
                    "RUN on line " + DockerfileFacts.Line(apt.Region.StartLine) + " uses apt, whose command line is not stable for scripts: use apt-get.");
            }
        }
    }
}
