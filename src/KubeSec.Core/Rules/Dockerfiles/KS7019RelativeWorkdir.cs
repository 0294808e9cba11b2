using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7019RelativeWorkdir : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7019", "RelativeWorkdir", "WORKDIR with a relative path", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "A relative WORKDIR is resolved against the previous WORKDIR, which may come from the base image and change when it is updated, so files land somewhere else without any change to this Dockerfile. Paths starting with '/', a variable, or a Windows drive or backslash are absolute enough and pass.",
        Fix = "Write an absolute path: WORKDIR /app.",
        Equivalents = new[] { "hadolint:DL3000", "trivy:DS-0009", "checkov:CKV_DOCKER_10" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var workdir in dockerfile.Instructions)
        {
            if (!workdir.Is(InstructionKeywords.Workdir) || workdir.Arguments.Length == 0)
            {
                continue;
            }

            var path = DockerfileFacts.Unquote(workdir.Arguments.Trim())!;
            if (path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("$", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) ||
                (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':'))
            {
                continue;
            }

            sink.Report(Rule, workdir.ArgumentsRegion, workdir.LogicalPath,
                "WORKDIR on line " + DockerfileFacts.Line(workdir.StartLine) + " is the relative path '" + QuotedText.Value(path) + "', which depends on the previous WORKDIR (possibly the base image's): write an absolute path such as '/" + path + "'.");
        }
    }
}
