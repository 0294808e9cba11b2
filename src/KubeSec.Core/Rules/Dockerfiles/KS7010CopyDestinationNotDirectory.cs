using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7010CopyDestinationNotDirectory : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7010", "CopyDestinationNotDirectory", "COPY with several sources to a destination without a trailing slash", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "COPY or ADD with more than one source requires the destination to be a directory written with a trailing '/'; otherwise the build fails ('When using COPY with more than one source file, the destination must be a directory and end with a /'). Destinations held in a variable are not checked.",
        Fix = "End the destination with '/' (COPY a.txt b.txt /app/).",
        Equivalents = new[] { "hadolint:DL3021", "trivy:DS-0011" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var copy in dockerfile.Instructions)
        {
            var arguments = CopySources.Arguments(copy);
            if (arguments.Count < 3)
            {
                continue;
            }

            var destination = arguments[arguments.Count - 1];
            var value = destination.Value;
            if (value.EndsWith("/", StringComparison.Ordinal) || value.EndsWith("\\", StringComparison.Ordinal) || value.IndexOf('$') >= 0 || CopySources.IsHeredoc(value))
            {
                continue;
            }

            sink.Report(Rule, copy.RegionOf(destination), copy.LogicalPath,
                copy.Keyword + " on line " + DockerfileFacts.Line(copy.StartLine) + " copies " + (arguments.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) +
                " sources to '" + QuotedText.Value(value) + "', which fails the build because it does not end with '/': write '" + QuotedText.Value(value) + "/'.");
        }
    }
}
