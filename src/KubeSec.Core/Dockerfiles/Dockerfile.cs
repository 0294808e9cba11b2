using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>A parsed Dockerfile: instructions, stages, parser directives and the syntax problems found.</summary>
public sealed class Dockerfile
{
    private readonly StageVariables _variables;
    private Dictionary<string, Stage>? _byAlias;
    private bool[]? _ships;
    private Instruction?[]? _shells;

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
        IReadOnlyList<Finding> diagnostics,
        bool hasText = true)
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
        HasText = hasText;
    }

    /// <summary>False when the file could not be read as text (missing, unreadable, too large, binary): no rule applies to it.</summary>
    public bool HasText { get; }

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
    /// or a 0-based index. Null when it names an image instead. O(1): the aliases are indexed once.
    /// </summary>
    public Stage? FindStage(string nameOrIndex)
    {
        if (int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < Stages.Count ? Stages[index] : null;
        }

        if (_byAlias is null)
        {
            var byAlias = new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase);
            foreach (var stage in Stages)
            {
                if (stage.Alias is not null && !byAlias.ContainsKey(stage.Alias))
                {
                    byAlias.Add(stage.Alias, stage);
                }
            }

            _byAlias = byAlias;
        }

        return _byAlias.TryGetValue(nameOrIndex, out var found) ? found : null;
    }

    /// <summary>Whether the stage's file system reaches the final image: the final stage and those it is built on.</summary>
    public bool Ships(Stage stage)
    {
        if (_ships is null)
        {
            var ships = new bool[Stages.Count];
            for (var current = FinalStage; current is not null && !ships[current.Index]; current = current.BaseStage)
            {
                ships[current.Index] = true;
            }

            _ships = ships;
        }

        return stage.Index >= 0 && stage.Index < _ships.Length && _ships[stage.Index] && Stages[stage.Index] == stage;
    }

    /// <summary>
    /// The exec-form SHELL in effect for an instruction: its stage's last SHELL before it, else the one
    /// the stage inherits from the stage it is built on; null when none is set. Filled once, in file
    /// order (a base stage is always earlier), so each call is O(1).
    /// </summary>
    public Instruction? ShellInEffect(Instruction instruction)
    {
        if (_shells is null)
        {
            var shells = new Instruction?[Instructions.Count];
            var lastOfStage = new Instruction?[Stages.Count];
            foreach (var stage in Stages)
            {
                var current = stage.BaseStage is { } baseStage && baseStage.Index < stage.Index ? lastOfStage[baseStage.Index] : null;
                foreach (var step in stage.Instructions)
                {
                    if (step.Index >= 0 && step.Index < shells.Length)
                    {
                        shells[step.Index] = current;
                    }

                    if (step.Is(InstructionKeywords.Shell) && step.IsJsonForm)
                    {
                        current = step;
                    }
                }

                lastOfStage[stage.Index] = current;
            }

            _shells = shells;
        }

        return instruction.Index >= 0 && instruction.Index < _shells.Length && instruction.StageIndex >= 0 ? _shells[instruction.Index] : null;
    }

    /// <summary>
    /// The variables an instruction sees: its stage's ARGs and ENVs before it, and the ENVs it inherits
    /// (precomputed once per file: O(1) per call). A value that could not be expanded is null.
    /// </summary>
    public IReadOnlyDictionary<string, string?> VariablesBefore(Instruction instruction) =>
        _variables.Before(instruction);
}
