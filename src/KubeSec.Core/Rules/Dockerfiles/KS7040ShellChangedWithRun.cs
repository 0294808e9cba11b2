using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7040ShellChangedWithRun : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7040", "ShellChangedWithRun", "Default shell replaced with RUN ln instead of SHELL", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A RUN replaces /bin/sh with a link to another shell (ln -sf /bin/bash /bin/sh). It changes the shell for every program in the image that runs /bin/sh, not just the build, and hides from readers which shell the RUN lines use. SHELL changes the shell of the build's RUN instructions only.",
        Fix = "Use SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] instead of relinking /bin/sh.",
        Equivalents = new[] { "hadolint:DL4005" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            var words = command.Command.Words;
            if (command.Program == "ln" && command.ProgramWord is { } ln && words.Count > command.ProgramIndex + 2 && words[words.Count - 1].Value == "/bin/sh")
            {
                sink.Report(Rule, ln.Region, command.Path("ln"),
                    "RUN on line " + DockerfileFacts.Line(ln.Region.StartLine) + " relinks /bin/sh, which changes the shell of every program in the image: use a SHELL instruction instead.");
            }
        }
    }
}
