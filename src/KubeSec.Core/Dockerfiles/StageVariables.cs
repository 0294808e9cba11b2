using System;
using System.Collections.Generic;
using KubeSec.Rules.Engine;

namespace KubeSec.Dockerfiles;

/// <summary>
/// The variables each instruction can use, following BuildKit's scoping: a stage sees the ENVs of
/// the stage it is built on and its own ARGs and ENVs declared before the instruction; a global ARG
/// is visible inside a stage only after a bare <c>ARG NAME</c> re-declares it. All pairs of one ARG
/// or ENV are expanded with the variables from before that instruction, as BuildKit does.
/// Computed once per file, in one pass over the instructions: each instruction keeps a reference to
/// an immutable <see cref="VariableScope"/>, so asking for the variables before any instruction is
/// O(1), whatever the number of ARG, ENV and USER lines.
/// </summary>
internal sealed class StageVariables
{
    private readonly VariableScope?[] _before;
    private readonly IReadOnlyDictionary<string, string?> _global;

    private StageVariables(VariableScope?[] before, IReadOnlyDictionary<string, string?> global)
    {
        _before = before;
        _global = global;
    }

    public IReadOnlyDictionary<string, string?> Before(Instruction instruction) =>
        instruction.Index >= 0 && instruction.Index < _before.Length && _before[instruction.Index] is { } scope ? scope : _global;

    public static StageVariables Compute(int instructionCount, IReadOnlyList<Stage> stages, IReadOnlyDictionary<string, string?> globalDefaults, char escape, Expansions expansions)
    {
        var before = new VariableScope?[instructionCount];

        // What a stage passes to the stages built on it: its image's ENV, not its ARGs.
        var exported = new VariableScope[stages.Count];
        foreach (var stage in stages)
        {
            var inherited = stage.BaseStage is { } baseStage && baseStage.Index < stage.Index ? exported[baseStage.Index] : VariableScope.Empty;
            var all = inherited;
            var env = inherited;
            var args = new HashSet<string>(StringComparer.Ordinal);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Index >= 0 && instruction.Index < before.Length)
                {
                    before[instruction.Index] = all;
                }

                var start = all;
                if (instruction.Is(InstructionKeywords.Env))
                {
                    foreach (var pair in KeyValueArguments.ParseEnvSpans(instruction.Arguments, escape))
                    {
                        var value = expansions.Expand(instruction, pair, start);
                        all = all.Set(pair.Key, value);
                        env = env.Set(pair.Key, value);
                        args.Remove(pair.Key);
                    }
                }
                else if (instruction.Is(InstructionKeywords.Arg))
                {
                    foreach (var pair in KeyValueArguments.ParseArgSpans(instruction.Arguments, escape))
                    {
                        globalDefaults.TryGetValue(pair.Key, out var global);
                        var value = pair.Value is null ? global : expansions.Expand(instruction, pair, start);

                        // An ENV of the same name wins over the ARG.
                        if (!all.ContainsKey(pair.Key) || args.Contains(pair.Key))
                        {
                            all = all.Set(pair.Key, value);
                            args.Add(pair.Key);
                        }
                    }
                }
            }

            exported[stage.Index] = env;
        }

        return new StageVariables(before, globalDefaults);
    }

    internal static string? Expand(string? raw, IReadOnlyDictionary<string, string?> variables, char escape) =>
        raw is not null && VariableExpander.TryExpand(raw, variables, escape, out var value) ? value : null;
}

/// <summary>
/// The parser's expansions of ARG and ENV values and FROM images: all charged to one budget per
/// file. A value that nests too deeply (KS0006) or grows too large (KS0011) is reported where it is
/// written and becomes unknown, so the rest of the file is still checked.
/// </summary>
internal sealed class Expansions
{
    private readonly ExpansionBudget _budget = new();
    private readonly SyntaxErrors _errors;
    private readonly char _escape;
    private bool _reportedTooLarge;
    private int _reportedTooDeepAt = -1;

    public Expansions(SyntaxErrors errors, char escape)
    {
        _errors = errors;
        _escape = escape;
    }

    public string? Expand(Instruction instruction, KeyValueSpan pair, IReadOnlyDictionary<string, string?> variables)
    {
        if (pair.Value is null)
        {
            return null;
        }

        var status = VariableExpander.Expand(pair.Value, variables, _escape, _budget, out var expanded);
        if (status == ExpansionStatus.Expanded)
        {
            return expanded;
        }

        Report(instruction, status, pair.ValueStart, pair.Value.Length, pair.Key);
        return null;
    }

    /// <summary>A whole-argument expansion (a FROM image); null when unknown.</summary>
    public string? Expand(Instruction instruction, string text, int start, IReadOnlyDictionary<string, string?> variables)
    {
        var status = VariableExpander.Expand(text, variables, _escape, _budget, out var expanded);
        if (status == ExpansionStatus.Expanded)
        {
            return expanded;
        }

        Report(instruction, status, start, text.Length, null);
        return null;
    }

    private void Report(Instruction instruction, ExpansionStatus status, int start, int length, string? name)
    {
        var what = name is null ? "The value" : "The value of " + MessageText.Quote(name);
        var line = SyntaxErrors.Line(instruction.StartLine);
        if (status == ExpansionStatus.TooDeep && _reportedTooDeepAt != instruction.Index)
        {
            _reportedTooDeepAt = instruction.Index;
            _errors.Report(KS0006NestingTooDeep.Rule, instruction.RegionOf(start, length),
                what + " in " + instruction.Keyword + " on line " + line + " nests ${...:-...} defaults more than " + SyntaxErrors.Line(VariableExpander.MaxNesting) + " levels deep, so it was not expanded: flatten the defaults into separate ARG lines.");
        }
        else if (status == ExpansionStatus.TooLarge && !_reportedTooLarge)
        {
            // Once per file: a doubling chain would otherwise report every line after the limit.
            _reportedTooLarge = true;
            _errors.Report(KS0011ExpansionTooLarge.Rule, instruction.RegionOf(start, length),
                what + " in " + instruction.Keyword + " on line " + line + " expands to more than " + SyntaxErrors.Line(VariableExpander.MaxValueLength) + " characters (or the file's variables to more than " + ExpansionBudget.DefaultCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture) + "), so it and the values built from it are treated as unknown: do not build values by repeating other variables.");
        }
    }
}
