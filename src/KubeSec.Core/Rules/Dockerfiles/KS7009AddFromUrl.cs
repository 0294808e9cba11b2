using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7009AddFromUrl : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7009", "AddFromUrl", "ADD downloads a URL without a checksum", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "ADD with an http:// or https:// source and no --checksum downloads whatever the server returns at build time into the image, unverified: a compromised or changed download ships silently, and the layer cache hides when it changed. Git sources and ADD --checksum=sha256:... are not reported.",
        Fix = "Add --checksum=sha256:<digest> to the ADD, or download with curl in a RUN that verifies the checksum (and removes the download tool afterwards).",
        Equivalents = new[] { "checkov:CKV_DOCKER_4" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var add in dockerfile.Instructions)
        {
            var arguments = CopySources.Arguments(add);
            if (!add.Is(InstructionKeywords.Add) || add.FindFlag("checksum") is not null)
            {
                continue;
            }

            for (var i = 0; i < arguments.Count - 1; i++)
            {
                var source = arguments[i].Value;
                if (CopySources.IsUrl(source) && !CopySources.IsGit(source))
                {
                    sink.Report(Rule, add.RegionOf(arguments[i]), add.LogicalPath + "/" + source,
                        "ADD on line " + DockerfileFacts.Line(add.StartLine) + " downloads '" + QuotedText.Value(source) + "' without verifying it: add --checksum=sha256:<digest>, or download and verify it in a RUN.");
                }
            }
        }
    }
}
