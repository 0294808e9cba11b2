using System;
using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// What a RUN executes, as commands: the shell-form text, plus a heredoc when it is the script
/// (<c>RUN &lt;&lt;EOF</c> alone, as BuildKit runs it, or fed to a shell: <c>RUN bash &lt;&lt;EOF</c>),
/// or the exec-form items as one command (and the script of <c>["sh", "-c", "..."]</c>).
/// A heredoc that is only data (<c>cat &lt;&lt;EOF &gt; file</c>, <c>python3 &lt;&lt;EOF</c>) is not split.
/// </summary>
internal static class RunCommands
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh" };

    public static IReadOnlyList<ShellCommand> Of(Instruction run)
    {
        if (!run.Is(InstructionKeywords.Run))
        {
            return Array.Empty<ShellCommand>();
        }

        if (run.IsJsonForm)
        {
            return ExecForm(run);
        }

        // RUN <<EOF alone: BuildKit runs the body itself as the script, with the default shell unless a shebang names another.
        var markers = HeredocMarker.Find(run.Arguments);
        if (run.Heredocs.Count == 1 && markers.Count == 1 && markers[0].Length == run.Arguments.Length)
        {
            var script = run.Heredocs[0];
            return HasShellShebang(script.Body) ? ShellScript.Split(script.BodyText) : Array.Empty<ShellCommand>();
        }

        var commands = new List<ShellCommand>(ShellScript.Split(run.ArgumentsText));
        foreach (var heredoc in run.Heredocs)
        {
            if (FeedsShell(commands, heredoc))
            {
                commands.AddRange(ShellScript.Split(heredoc.BodyText));
            }
        }

        return commands;
    }

    private static IReadOnlyList<ShellCommand> ExecForm(Instruction run)
    {
        var items = run.JsonItems;
        if (items.Count == 0)
        {
            return Array.Empty<ShellCommand>();
        }

        // ["sh", "-c", "script"]: the script is shell text; map it when its JSON has no escapes to shift columns.
        var last = items[items.Count - 1];
        if (items.Count == 3 && Shells.Contains(ProgramName(items[0].Value)) && items[1].Value == "-c" && last.Length == last.Value.Length + 2)
        {
            return ShellScript.Split(run.ArgumentsText.Slice(last.Start + 1, last.Value.Length));
        }

        var words = new List<ShellWord>(items.Count);
        foreach (var item in items)
        {
            words.Add(new ShellWord(item.Value, run.Arguments.Substring(item.Start, item.Length), run.RegionOf(item), isQuoted: true));
        }

        var region = run.RegionOf(items[0].Start, last.Start + last.Length - items[0].Start);
        return new[] { new ShellCommand(Array.Empty<ShellWord>(), words, Array.Empty<ShellRedirection>(), ShellSeparator.None, region) };
    }

    /// <summary>No shebang means BuildKit runs the file with the default shell; a shell shebang means the same.</summary>
    private static bool HasShellShebang(string body)
    {
        if (!body.StartsWith("#!", StringComparison.Ordinal))
        {
            return true;
        }

        var end = body.IndexOf('\n');
        var words = ArgumentWords.Split(body.Substring(2, (end < 0 ? body.Length : end) - 2));
        if (words.Count == 0)
        {
            return false;
        }

        var program = ProgramName(words[0].Value);
        if (program == "env" && words.Count > 1)
        {
            program = ProgramName(words[1].Value);
        }

        return Shells.Contains(program);
    }

    /// <summary><c>bash &lt;&lt;EOF</c> or <c>sh -e &lt;&lt;EOF</c>: a shell with no script argument reads the heredoc as its script.</summary>
    private static bool FeedsShell(List<ShellCommand> commands, Heredoc heredoc)
    {
        foreach (var command in commands)
        {
            if (!Shells.Contains(command.ProgramName) || !Reads(command, heredoc))
            {
                continue;
            }

            for (var i = 1; i < command.Words.Count; i++)
            {
                var word = command.Words[i].Value;
                if (!word.StartsWith("-", StringComparison.Ordinal) || word == "-c")
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool Reads(ShellCommand command, Heredoc heredoc)
    {
        foreach (var redirection in command.Redirections)
        {
            if (redirection.Operator.EndsWith("<<", StringComparison.Ordinal) || redirection.Operator.EndsWith("<<-", StringComparison.Ordinal))
            {
                if (redirection.Target is { } target && target.Value == heredoc.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string ProgramName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
