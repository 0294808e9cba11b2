using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7021MaintainerDeprecated : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7021", "MaintainerDeprecated", "MAINTAINER is deprecated", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "MAINTAINER has been deprecated since Docker 1.13; tools read the maintainer from labels (org.opencontainers.image.authors), not from this field.",
        Fix = "Replace it with LABEL org.opencontainers.image.authors=\"team@example.com\".",
        Equivalents = new[] { "hadolint:DL4000", "trivy:DS-0022", "checkov:CKV_DOCKER_6" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction.Is(InstructionKeywords.Maintainer))
            {
                sink.Report(Rule, instruction.KeywordRegion, instruction.LogicalPath,
                    "MAINTAINER on line " + DockerfileFacts.Line(instruction.StartLine) + " is deprecated: write LABEL org.opencontainers.image.authors=\"" + QuotedText.Value(instruction.Arguments) + "\" instead.");
            }
        }
    }
}
