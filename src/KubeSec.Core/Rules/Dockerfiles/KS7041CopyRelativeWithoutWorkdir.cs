using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7041CopyRelativeWithoutWorkdir : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7041", "CopyRelativeWithoutWorkdir", "COPY to a relative path without WORKDIR", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "COPY or ADD has a relative destination (., app/, ./config) in a stage where no WORKDIR has been set (in the stage or a stage it builds on), so the files land in the base image's working directory, which is / for most images and may change when the base image is updated.",
        Fix = "Set WORKDIR /app before the COPY, or write an absolute destination.",
        Equivalents = new[] { "hadolint:DL3045" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        // Whether each stage (with the stages it builds on) sets a WORKDIR, filled in stage order: the
        // base stage is always earlier, so a chain of many stages is not walked once per stage.
        var setsWorkdir = new bool[dockerfile.Stages.Count];
        foreach (var stage in dockerfile.Stages)
        {
            var workdir = stage.BaseStage is { } baseStage && baseStage.Index < stage.Index && setsWorkdir[baseStage.Index];
            setsWorkdir[stage.Index] = workdir || stage.LastInstruction(InstructionKeywords.Workdir) is not null;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is(InstructionKeywords.Workdir))
                {
                    workdir = true;
                    continue;
                }

                var arguments = CopySources.Arguments(instruction);
                if (workdir || arguments.Count < 2)
                {
                    continue;
                }

                var destination = arguments[arguments.Count - 1];
                var value = destination.Value;
                if (value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("$", StringComparison.Ordinal) || value.StartsWith("\\", StringComparison.Ordinal) ||
                    (value.Length >= 2 && char.IsLetter(value[0]) && value[1] == ':') || CopySources.IsHeredoc(value))
                {
                    continue;
                }

                sink.Report(Rule, instruction.RegionOf(destination), instruction.LogicalPath,
                    instruction.Keyword + " on line " + DockerfileFacts.Line(instruction.StartLine) + " copies to the relative path '" + QuotedText.Value(value) + "' but " + stage.Describe() + " sets no WORKDIR, so it depends on the base image's working directory: add WORKDIR /app before it or write an absolute path.");
            }
        }
    }
}
