using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Dockerfiles;

namespace KubeSec.Rules.Dockerfiles;

/// <summary>A command a RUN executes, with the real program found behind wrappers such as sudo or env.</summary>
internal readonly struct RunCommand
{
    public RunCommand(Instruction run, ShellCommand command, int number, int programIndex)
    {
        Run = run;
        Command = command;
        Number = number;
        ProgramIndex = programIndex;
    }

    public Instruction Run { get; }

    public ShellCommand Command { get; }

    /// <summary>1-based position of the command in its RUN, for logical paths.</summary>
    public int Number { get; }

    /// <summary>Index in <see cref="ShellCommand.Words"/> of the program; Words.Count when there is none.</summary>
    public int ProgramIndex { get; }

    public bool HasProgram => ProgramIndex < Command.Words.Count;

    public ShellWord? ProgramWord => HasProgram ? Command.Words[ProgramIndex] : null;

    /// <summary>The program without its directory, or empty.</summary>
    public string Program => HasProgram ? DockerfileFacts.BaseName(Command.Words[ProgramIndex].Value) : string.Empty;

    /// <summary>The words after the program.</summary>
    public IEnumerable<ShellWord> Arguments
    {
        get
        {
            for (var i = ProgramIndex + 1; i < Command.Words.Count; i++)
            {
                yield return Command.Words[i];
            }
        }
    }

    /// <summary>The first argument that is not an option (the subcommand of apt-get, apk, pip ...), or null.</summary>
    public ShellWord? FirstOperand
    {
        get
        {
            foreach (var word in Arguments)
            {
                if (!word.Value.StartsWith("-", StringComparison.Ordinal))
                {
                    return word;
                }
            }

            return null;
        }
    }

    public bool Has(string option)
    {
        foreach (var word in Arguments)
        {
            if (word.Value == option || word.Value.StartsWith(option + "=", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public ShellWord? Find(string option)
    {
        foreach (var word in Arguments)
        {
            if (word.Value == option || word.Value.StartsWith(option + "=", StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>A short option letter, alone or bundled (<c>-y</c>, <c>-qy</c>); bundles stop at a letter that takes a value.</summary>
    public ShellWord? FindShort(char letter, string lettersWithValue)
    {
        foreach (var word in Arguments)
        {
            var value = word.Value;
            if (value.Length < 2 || value[0] != '-' || value[1] == '-')
            {
                continue;
            }

            for (var i = 1; i < value.Length; i++)
            {
                if (value[i] == letter)
                {
                    return word;
                }

                if (lettersWithValue.IndexOf(value[i]) >= 0)
                {
                    break;
                }
            }
        }

        return null;
    }

    public string Path(string what) => Run.LogicalPath + "/" + what + "#" + Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Small shared readings of a Dockerfile used by several rules.</summary>
internal static class DockerfileFacts
{
    public static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);

    public static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    /// <summary>Every command of every RUN (ONBUILD RUN excluded), in file order.</summary>
    public static IEnumerable<RunCommand> Commands(Dockerfile dockerfile)
    {
        foreach (var run in dockerfile.Instructions)
        {
            if (!run.Is(InstructionKeywords.Run))
            {
                continue;
            }

            foreach (var command in Commands(run))
            {
                yield return command;
            }
        }
    }

    public static IEnumerable<RunCommand> Commands(Instruction run)
    {
        var number = 0;
        foreach (var command in run.ShellCommands)
        {
            number++;
            yield return new RunCommand(run, command, number, ProgramIndex(command));
        }
    }

    public static int ProgramIndex(ShellCommand command) => CommandWrappers.ProgramIndex(command);

    /// <summary>The stages whose file system reaches the final image: the final stage and those it is built on.</summary>
    public static bool Ships(Dockerfile dockerfile, Stage stage) => dockerfile.Ships(stage);

    /// <summary>ARG and ENV pairs of an instruction, each with the region of its name.</summary>
    public static IEnumerable<(string Name, string? Value, KubeSec.Model.SourceRegion Region)> Variables(Dockerfile dockerfile, Instruction instruction)
    {
        // The parser's offsets, not a search for the name: a search restarts past every name it misses.
        var pairs = instruction.Is(InstructionKeywords.Arg)
            ? KeyValueArguments.ParseArgSpans(instruction.Arguments, dockerfile.EscapeCharacter)
            : instruction.Is(InstructionKeywords.Env)
                ? KeyValueArguments.ParseEnvSpans(instruction.Arguments, dockerfile.EscapeCharacter)
                : new List<KeyValueSpan>();
        foreach (var pair in pairs)
        {
            yield return (pair.Key, Unquote(pair.Value), instruction.RegionOf(pair.KeyStart, Math.Max(1, pair.Key.Length)));
        }
    }

    public static string? Unquote(string? value)
    {
        if (value is { Length: >= 2 } && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
        {
            return value.Substring(1, value.Length - 2);
        }

        return value;
    }

    public static bool IsMicrosoftDotnet(KubeSec.Model.ImageReference? image) =>
        image is not null && string.Equals(image.Registry, "mcr.microsoft.com", StringComparison.OrdinalIgnoreCase) &&
        image.Repository.StartsWith("dotnet/", StringComparison.Ordinal);
}
