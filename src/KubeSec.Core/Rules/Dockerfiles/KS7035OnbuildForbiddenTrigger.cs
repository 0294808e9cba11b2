using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7035OnbuildForbiddenTrigger : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7035", "OnbuildForbiddenTrigger", "ONBUILD with ONBUILD, FROM or MAINTAINER", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "ONBUILD registers an instruction for images built FROM this one; ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER are not allowed and fail the downstream build (or, for MAINTAINER, do nothing useful).",
        Fix = "Remove the trigger, or write the instruction directly in the downstream Dockerfile.",
        Equivalents = new[] { "hadolint:DL3043" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var onbuild in dockerfile.Instructions)
        {
            if (!onbuild.Is(InstructionKeywords.Onbuild) || onbuild.Words.Count == 0)
            {
                continue;
            }

            var trigger = onbuild.Words[0];
            var keyword = trigger.Value.ToUpperInvariant();
            if (keyword is "ONBUILD" or "FROM" or "MAINTAINER")
            {
                sink.Report(Rule, onbuild.RegionOf(trigger), onbuild.LogicalPath,
                    "ONBUILD on line " + DockerfileFacts.Line(onbuild.StartLine) + " registers " + QuotedText.Value(keyword) + ", which is not allowed as an ONBUILD trigger: remove it.");
            }
        }
    }
}
