using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7028PipeWithoutPipefail : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7028", "PipeWithoutPipefail", "Pipe in RUN without pipefail", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A shell-form RUN pipes one command into another (curl ... | tar x) while neither the stage's SHELL nor the RUN itself sets -o pipefail, so only the last command's exit status counts: a failed download feeds nothing to tar, tar succeeds, and the build goes on with a broken image. Passes when SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (or -eo pipefail) is in effect, when the RUN runs set -o pipefail before the pipe, and for PowerShell and cmd shells.",
        Fix = "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN, or start the RUN with set -o pipefail &&.",
        Equivalents = new[] { "hadolint:DL4006" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var stage in dockerfile.Stages)
        {
            foreach (var run in stage.Instructions)
            {
                if (!run.Is(InstructionKeywords.Run) || run.IsJsonForm)
                {
                    continue;
                }

                var shell = ShellBefore(dockerfile, stage, run);
                if (shell is null ? dockerfile.EscapeCharacter == '`' || KnownImages.IsWindows(stage.RootImage) : !IsPosixShell(shell) || SetsPipefail(shell))
                {
                    continue;
                }

                var pipefail = false;
                foreach (var command in DockerfileFacts.Commands(run))
                {
                    if (command.Program == "set" && SetsPipefail(command.Command.Words))
                    {
                        pipefail = true;
                    }
                    else if (command.Command.PrecededBy == ShellSeparator.Pipe && !pipefail)
                    {
                        sink.Report(Rule, command.Command.Region, command.Path("pipe"),
                            "RUN on line " + DockerfileFacts.Line(run.StartLine) + " pipes into '" + QuotedText.Value(command.Command.Name) + "' without pipefail, so a failure before the pipe is ignored: add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] or start the RUN with 'set -o pipefail &&'.");
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The SHELL items in effect for a RUN: the stage's last SHELL before it, else the one of the stage it builds on.</summary>
    internal static IReadOnlyList<ArgumentToken>? ShellBefore(Dockerfile dockerfile, Stage stage, Instruction run) =>
        dockerfile.ShellInEffect(run)?.JsonItems;

    private static bool IsPosixShell(IReadOnlyList<ArgumentToken> shell) =>
        shell.Count > 0 && DockerfileFacts.BaseName(shell[0].Value.Replace('\\', '/')).ToLowerInvariant() is "sh" or "bash" or "zsh" or "ash" or "dash" or "ksh" or "mksh" or "busybox";

    private static bool SetsPipefail(IReadOnlyList<ArgumentToken> shell)
    {
        for (var i = 0; i + 1 < shell.Count; i++)
        {
            if (IsOptionO(shell[i].Value) && shell[i + 1].Value == "pipefail")
            {
                return true;
            }
        }

        return false;
    }

    private static bool SetsPipefail(IReadOnlyList<ShellWord> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (IsOptionO(words[i].Value) && words[i + 1].Value == "pipefail")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>-o</c> alone or last in a bundle: <c>-eo</c>, <c>-euxo</c>.</summary>
    private static bool IsOptionO(string word) =>
        word.Length >= 2 && word[0] == '-' && word[1] != '-' && word[word.Length - 1] == 'o';
}
