using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7023AptListsNotRemoved : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7023", "AptListsNotRemoved", "apt lists not removed after apt-get update", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A RUN in a stage that ships (the final stage or one it is built on) runs apt-get update but does not delete /var/lib/apt/lists in the same RUN, so the package index (tens of MB) stays in the image layer. RUNs with a cache mount on /var/lib/apt are not reported. Opt-in: image size, not security.",
        Fix = "End the RUN with && rm -rf /var/lib/apt/lists/*.",
        Equivalents = new[] { "hadolint:DL3009" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var stage in dockerfile.Stages)
        {
            if (!DockerfileFacts.Ships(dockerfile, stage))
            {
                continue;
            }

            foreach (var run in stage.Instructions)
            {
                if (!run.Is(InstructionKeywords.Run) || CachesAptLists(run))
                {
                    continue;
                }

                RunCommand? update = null;
                var removed = false;
                foreach (var command in DockerfileFacts.Commands(run))
                {
                    if (command.Program is "apt-get" or "apt" && PackageManagers.Verb(command).Value == "update")
                    {
                        update ??= command;
                    }
                    else if (command.Program == "rm")
                    {
                        foreach (var word in command.Arguments)
                        {
                            removed |= word.Value.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal);
                        }
                    }
                }

                if (update is { } found && !removed && found.FirstOperand is { } word2)
                {
                    sink.Report(Rule, word2.Region, found.Path(found.Program),
                        "RUN on line " + DockerfileFacts.Line(run.StartLine) + " runs '" + QuotedText.Value(found.Program) + " update' but leaves /var/lib/apt/lists in the image: end the RUN with '&& rm -rf /var/lib/apt/lists/*'.");
                }
            }
        }
    }

    private static bool CachesAptLists(Instruction run)
    {
        foreach (var flag in run.Flags)
        {
            if (string.Equals(flag.Name, "mount", StringComparison.OrdinalIgnoreCase) && flag.Value is { } value &&
                value.IndexOf("type=cache", StringComparison.Ordinal) >= 0 && value.IndexOf("/var/lib/apt", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
