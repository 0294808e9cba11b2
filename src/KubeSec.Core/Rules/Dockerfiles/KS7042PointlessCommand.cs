using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7042PointlessCommand : DockerfileRule
{
    private static readonly HashSet<string> Pointless = new(StringComparer.Ordinal)
    {
        "ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig",
    };

    public static readonly RuleDescriptor Rule = new("KS7042", "PointlessCommand", "Interactive or system command run in RUN", Severity.Info, RuleCategory.Dockerfile)
    {
        Description = "A RUN runs a command that does nothing useful in an image build: ssh, vim, shutdown, service, ps, free, top, kill, mount or ifconfig. Services started with 'service' do not survive the RUN, interactive tools wait for a terminal, and system commands act on the build container, not on the image. Installing these tools is not reported. Opt-in.",
        Fix = "Remove the command; start services from the ENTRYPOINT or CMD, and configure files instead of running tools.",
        Equivalents = new[] { "hadolint:DL3001" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            if (Pointless.Contains(command.Program) && command.ProgramWord is { } word)
            {
                sink.Report(Rule, word.Region, command.Path(command.Program),
                    "RUN on line " + DockerfileFacts.Line(word.Region.StartLine) + " runs '" + QuotedText.Value(command.Program) + "', which has no lasting effect in an image build: remove it (start services from ENTRYPOINT or CMD).");
            }
        }
    }
}
