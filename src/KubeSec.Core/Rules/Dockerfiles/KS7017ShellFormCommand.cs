using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7017ShellFormCommand : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7017", "ShellFormCommand", "CMD or ENTRYPOINT in shell form", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "CMD or ENTRYPOINT written in shell form (CMD dotnet app.dll) runs the program under /bin/sh -c, so the shell is PID 1: it does not forward SIGTERM, the application is killed after the stop timeout instead of shutting down gracefully (in-flight requests lost, IHostApplicationLifetime.ApplicationStopping never raised), and an ENTRYPOINT in shell form ignores CMD and docker run arguments.",
        Fix = "Use exec form: CMD [\"dotnet\", \"app.dll\"] or ENTRYPOINT [\"dotnet\", \"app.dll\"].",
        Equivalents = new[] { "hadolint:DL3025" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var instruction in dockerfile.Instructions)
        {
            if ((instruction.Is(InstructionKeywords.Cmd) || instruction.Is(InstructionKeywords.Entrypoint)) && !instruction.IsJsonForm && instruction.Arguments.Length > 0)
            {
                sink.Report(Rule, instruction.ArgumentsRegion, instruction.LogicalPath,
                    instruction.Keyword + " on line " + DockerfileFacts.Line(instruction.StartLine) + " is in shell form, so /bin/sh is PID 1 and the application never receives SIGTERM: write it in exec form, " + instruction.Keyword + " [\"program\", \"arg\"].");
            }
        }
    }
}
