using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7026PipWithoutNoCacheDir : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7026", "PipWithoutNoCacheDir", "pip install without --no-cache-dir", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "pip install keeps the downloaded wheels in ~/.cache/pip, in the image layer. pip install --no-cache-dir, ENV PIP_NO_CACHE_DIR, or a RUN cache mount pass. Opt-in: image size, not security.",
        Fix = "Write pip install --no-cache-dir ..., or set ENV PIP_NO_CACHE_DIR=1.",
        Equivalents = new[] { "hadolint:DL3042" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var run in dockerfile.Instructions)
        {
            if (!run.Is(InstructionKeywords.Run) || run.FindFlag("mount") is { Value: { } mount } && mount.IndexOf("type=cache", StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var variables = (IReadOnlyDictionary<string, string?>?)null;
            foreach (var command in DockerfileFacts.Commands(run))
            {
                if (PipInstall(command) is not { } install || command.Has("--no-cache-dir"))
                {
                    continue;
                }

                variables ??= dockerfile.VariablesBefore(run);
                if (variables.ContainsKey("PIP_NO_CACHE_DIR"))
                {
                    continue;
                }

                sink.Report(Rule, install.Region, command.Path("pip"),
                    "'pip install' on line " + DockerfileFacts.Line(install.Region.StartLine) + " keeps pip's download cache in the image: add --no-cache-dir.");
            }
        }
    }

    /// <summary>The install word of pip, pip3, pip3.12 or python -m pip.</summary>
    internal static ShellWord? PipInstall(RunCommand command)
    {
        var words = command.Command.Words;
        var i = command.ProgramIndex;
        if (i >= words.Count)
        {
            return null;
        }

        var program = command.Program;
        if (program.StartsWith("python", StringComparison.Ordinal) && i + 2 < words.Count && words[i + 1].Value == "-m" && words[i + 2].Value.StartsWith("pip", StringComparison.Ordinal))
        {
            i += 2;
        }
        else if (!(program == "pip" || program.StartsWith("pip3", StringComparison.Ordinal) || program.StartsWith("pip2", StringComparison.Ordinal)))
        {
            return null;
        }

        for (var j = i + 1; j < words.Count; j++)
        {
            if (!words[j].Value.StartsWith("-", StringComparison.Ordinal))
            {
                return words[j].Value == "install" ? words[j] : null;
            }
        }

        return null;
    }
}
