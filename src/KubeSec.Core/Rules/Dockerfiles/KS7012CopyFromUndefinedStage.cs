using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7012CopyFromUndefinedStage : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7012", "CopyFromUndefinedStage", "COPY --from names no earlier stage", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "COPY --from names neither an earlier stage nor an image reference: a bare word like 'biuld' is read as the Docker Hub image docker.io/library/biuld:latest, so a typo in a stage name pulls (or fails to pull) an unrelated public image. Values with ':', '/', '@' or a variable are image references and pass; a stage defined only after the COPY is reported too.",
        Fix = "Name an earlier stage's alias (FROM ... AS build, then COPY --from=build), or write the full image reference with a tag.",
        Equivalents = new[] { "hadolint:DL3022" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var stage in dockerfile.Stages)
        {
            foreach (var copy in stage.Instructions)
            {
                if (!copy.Is(InstructionKeywords.Copy) || copy.FindFlag("from") is not { Value: { Length: > 0 } from } flag ||
                    from.IndexOfAny(new[] { ':', '/', '@', '$' }) >= 0)
                {
                    continue;
                }

                var named = dockerfile.FindStage(from);
                if (named == stage || (named is not null && named.Index < stage.Index))
                {
                    continue;
                }

                var problem = named is not null ? "is defined only later, by " + named.Describe() : "names no stage, so it is read as the image 'docker.io/library/" + from + "'";
                sink.Report(Rule, flag.Region, copy.LogicalPath,
                    "COPY on line " + DockerfileFacts.Line(copy.StartLine) + " copies --from=" + QuotedText.Value(from) + ", which " + problem + ": name an earlier stage's alias, or a full image reference with a tag.");
            }
        }
    }
}
