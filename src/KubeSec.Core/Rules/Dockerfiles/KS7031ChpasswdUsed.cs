using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7031ChpasswdUsed : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7031", "ChpasswdUsed", "chpasswd sets a password in the image", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "A RUN calls chpasswd, which sets (or clears) a user's password in /etc/shadow of the image: the password, typically written in the Dockerfile, is in the build history and every container from the image accepts it, for a login that containers should not need at all.",
        Fix = "Do not give container users passwords; create system users without one (useradd --system, adduser -D) and inject secrets at run time.",
        Equivalents = new[] { "checkov:CKV2_DOCKER_17" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            if (command.Program == "chpasswd" && command.ProgramWord is { } word)
            {
                sink.Report(Rule, word.Region, command.Path("chpasswd"),
                    "RUN on line " + DockerfileFacts.Line(word.Region.StartLine) + " sets a password with chpasswd, which every container of the image then accepts: create the user without a password.");
            }
        }
    }
}
