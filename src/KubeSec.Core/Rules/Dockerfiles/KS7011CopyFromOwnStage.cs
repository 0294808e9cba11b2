using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7011CopyFromOwnStage : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7011", "CopyFromOwnStage", "COPY --from names its own stage", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "COPY --from names the stage the COPY is in (by alias or index). A stage cannot copy from itself: BuildKit fails with a circular dependency, or, where the alias is also an image name, copies from that image instead.",
        Fix = "Copy from the earlier stage that builds the files, or use a plain COPY from the build context.",
        Equivalents = new[] { "hadolint:DL3023", "trivy:DS-0006" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var stage in dockerfile.Stages)
        {
            foreach (var copy in stage.Instructions)
            {
                if (copy.Is(InstructionKeywords.Copy) && copy.FindFlag("from") is { Value: { } from } flag && dockerfile.FindStage(from) == stage)
                {
                    sink.Report(Rule, flag.Region, copy.LogicalPath,
                        "COPY on line " + DockerfileFacts.Line(copy.StartLine) + " copies --from=" + QuotedText.Value(from) + ", which is its own " + stage.Describe() + ": copy from the earlier stage that builds the files.");
                }
            }
        }
    }
}
