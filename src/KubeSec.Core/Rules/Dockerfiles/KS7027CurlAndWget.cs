using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7027CurlAndWget : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7027", "CurlAndWget", "Both curl and wget used", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "The RUN instructions use both curl and wget, two tools that do the same job, so the image (or the build) carries both and both must be patched. Each use of the tool that appears second is reported. Opt-in: image size and hygiene.",
        Fix = "Pick one of curl or wget for every download.",
        Equivalents = new[] { "hadolint:DL4001", "trivy:DS-0014" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        string? first = null;
        var later = new List<RunCommand>();
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            if (command.Program is not ("curl" or "wget"))
            {
                continue;
            }

            first ??= command.Program;
            if (command.Program != first)
            {
                later.Add(command);
            }
        }

        foreach (var command in later)
        {
            sink.Report(Rule, command.ProgramWord!.Region, command.Path(command.Program),
                "RUN on line " + DockerfileFacts.Line(command.ProgramWord.Region.StartLine) + " uses " + command.Program + " although earlier RUNs use " + first + ": use one download tool throughout.");
        }
    }
}
