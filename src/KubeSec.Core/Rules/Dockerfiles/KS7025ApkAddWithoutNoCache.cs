using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7025ApkAddWithoutNoCache : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7025", "ApkAddWithoutNoCache", "apk add without --no-cache", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "apk add without --no-cache keeps the downloaded index in /var/cache/apk in the image layer. RUNs with a cache mount on /var/cache/apk, or that remove /var/cache/apk in the same RUN, pass. Opt-in: image size, not security.",
        Fix = "Write apk add --no-cache ....",
        Equivalents = new[] { "hadolint:DL3019", "trivy:DS-0025" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var run in dockerfile.Instructions)
        {
            if (!run.Is(InstructionKeywords.Run) || run.Arguments.IndexOf("/var/cache/apk", StringComparison.Ordinal) >= 0 || MountValue(run).IndexOf("/var/cache/apk", StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            foreach (var command in DockerfileFacts.Commands(run))
            {
                if (command.Program == "apk" && PackageManagers.Verb(command).Word is { Value: "add" } add && !command.Has("--no-cache"))
                {
                    sink.Report(Rule, add.Region, command.Path("apk"),
                        "'apk add' on line " + DockerfileFacts.Line(add.Region.StartLine) + " keeps the package index in the image: write 'apk add --no-cache'.");
                }
            }
        }
    }

    private static string MountValue(Instruction run)
    {
        var text = string.Empty;
        foreach (var flag in run.Flags)
        {
            if (string.Equals(flag.Name, "mount", StringComparison.OrdinalIgnoreCase))
            {
                text += flag.Value + " ";
            }
        }

        return text;
    }
}
