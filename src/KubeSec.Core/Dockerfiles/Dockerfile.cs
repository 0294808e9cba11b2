using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>A parsed Dockerfile: instructions, stages, parser directives and the syntax problems found.</summary>
public sealed class Dockerfile
{
    private readonly StageVariables _variables;

    internal Dockerfile(
        string path,
        int lineCount,
        IReadOnlyList<ParserDirective> directives,
        char escapeCharacter,
        IReadOnlyList<Instruction> instructions,
        IReadOnlyList<Instruction> globalArgs,
        IReadOnlyList<Stage> stages,
        IReadOnlyDictionary<string, string?> globalArgDefaults,
        StageVariables variables,
        IReadOnlyList<Finding> diagnostics)
    {
        Path = path;
        LineCount = lineCount;
        Directives = directives;
        EscapeCharacter = escapeCharacter;
        Instructions = instructions;
        GlobalArgs = globalArgs;
        Stages = stages;
        GlobalArgDefaults = globalArgDefaults;
        _variables = variables;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    /// <summary>Physical lines; a final line break does not open another line.</summary>
    public int LineCount { get; }

    public IReadOnlyList<ParserDirective> Directives { get; }

    /// <summary><c>\</c>, or <c>`</c> when <c># escape=`</c> is set (Windows Dockerfiles).</summary>
    public char EscapeCharacter { get; }

    /// <summary>The <c># syntax=</c> frontend image, or null.</summary>
    public string? Syntax => FindDirective("syntax")?.Value;

    /// <summary>Every instruction in file order, global ARGs and unknown keywords included.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>The ARG instructions before the first FROM, usable in FROM lines.</summary>
    public IReadOnlyList<Instruction> GlobalArgs { get; }

    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>Global ARG names and their defaults (null: declared without a default).</summary>
    public IReadOnlyDictionary<string, string?> GlobalArgDefaults { get; }

    /// <summary>Syntax errors (KS0008) and file problems (KS0003–KS0005, KS0009).</summary>
    public IReadOnlyList<Finding> Diagnostics { get; }

    /// <summary>The stage <c>docker build</c> produces without <c>--target</c>, or null when there is no FROM.</summary>
    public Stage? FinalStage => Stages.Count > 0 ? Stages[Stages.Count - 1] : null;

    public ParserDirective? FindDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (string.Equals(directive.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>
    /// The stage a <c>COPY --from</c> or <c>RUN --mount from=</c> names: an alias (case-insensitive)
    /// or a 0-based index. Null when it names an image instead.
    /// </summary>
    public Stage? FindStage(string nameOrIndex)
    {
        if (int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < Stages.Count ? Stages[index] : null;
        }

        foreach (var stage in Stages)
        {
            if (stage.Alias is not null && string.Equals(stage.Alias, nameOrIndex, StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }

        return null;
    }

    /// <summary>
    /// The variables an instruction sees: its stage's ARGs and ENVs before it, and the ENVs it inherits
    /// (precomputed once per file: O(1) per call). A value that could not be expanded is null.
    /// </summary>
    public IReadOnlyDictionary<string, string?> VariablesBefore(Instruction instruction) =>
        _variables.Before(instruction);
}
