using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Rules.Engine;

namespace KubeSec.Dockerfiles;

/// <summary>
/// The variables each instruction can use, following BuildKit's scoping: a stage sees the ENVs of
/// the stage it is built on and its own ARGs and ENVs declared before the instruction; a global ARG
/// is visible inside a stage only after a bare <c>ARG NAME</c> re-declares it. All pairs of one ARG
/// or ENV are expanded with the variables from before that instruction, as BuildKit does.
/// Computed once per file, in one pass: each stage keeps, per name, the list of its own assignments
/// in order (a look-up is a binary search by instruction index), and what it inherits as one
/// immutable <see cref="VariableScope"/> shared with its base stage. Asking for the variables before
/// any instruction is then O(log n) per name, and the memory is linear in the number of pairs,
/// whatever the number of ARG, ENV, USER lines or chained stages.
/// </summary>
internal sealed class StageVariables
{
    private readonly StageScope?[] _scopeOf;
    private readonly IReadOnlyDictionary<string, string?> _global;

    private StageVariables(StageScope?[] scopeOf, IReadOnlyDictionary<string, string?> global)
    {
        _scopeOf = scopeOf;
        _global = global;
    }

    public IReadOnlyDictionary<string, string?> Before(Instruction instruction) =>
        instruction.Index >= 0 && instruction.Index < _scopeOf.Length && _scopeOf[instruction.Index] is { } scope
            ? new ScopeView(scope, instruction.Index)
            : _global;

    public static StageVariables Compute(int instructionCount, IReadOnlyList<Stage> stages, IReadOnlyDictionary<string, string?> globalDefaults, char escape, Expansions expansions)
    {
        var scopeOf = new StageScope?[instructionCount];
        var isBase = new bool[stages.Count];
        foreach (var stage in stages)
        {
            if (stage.BaseStage is { } baseStage && baseStage.Index < stage.Index)
            {
                isBase[baseStage.Index] = true;
            }
        }

        // What a stage passes to the stages built on it: its image's ENV, not its ARGs.
        var exported = new VariableScope?[stages.Count];
        var values = new List<string?>();
        foreach (var stage in stages)
        {
            var inherited = stage.BaseStage is { } baseStage && baseStage.Index < stage.Index ? exported[baseStage.Index] ?? VariableScope.Empty : VariableScope.Empty;
            var scope = new StageScope(inherited);
            var export = inherited;
            var args = new HashSet<string>(StringComparer.Ordinal);
            var current = scope.Current;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Index >= 0 && instruction.Index < scopeOf.Length)
                {
                    scopeOf[instruction.Index] = scope;
                }

                var isEnv = instruction.Is(InstructionKeywords.Env);
                if (!isEnv && !instruction.Is(InstructionKeywords.Arg))
                {
                    continue;
                }

                var pairs = isEnv ? KeyValueArguments.ParseEnvSpans(instruction.Arguments, escape) : KeyValueArguments.ParseArgSpans(instruction.Arguments, escape);

                // Every value first, against the variables from before the instruction; then the assignments.
                values.Clear();
                foreach (var pair in pairs)
                {
                    string? global = null;
                    values.Add(pair.Value is null && !isEnv
                        ? (globalDefaults.TryGetValue(pair.Key, out global) ? global : null)
                        : expansions.Expand(instruction, pair, current));
                }

                for (var i = 0; i < pairs.Count; i++)
                {
                    var key = pairs[i].Key;
                    if (isEnv)
                    {
                        scope.Assign(key, instruction.Index, values[i]);
                        args.Remove(key);
                        if (isBase[stage.Index])
                        {
                            export = export.Set(key, values[i]);
                        }
                    }
                    else if (!current.ContainsKey(key) || args.Contains(key))
                    {
                        // An ENV of the same name wins over the ARG.
                        scope.Assign(key, instruction.Index, values[i]);
                        args.Add(key);
                    }
                }
            }

            exported[stage.Index] = isBase[stage.Index] ? export : null;
        }

        return new StageVariables(scopeOf, globalDefaults);
    }

    internal static string? Expand(string? raw, IReadOnlyDictionary<string, string?> variables, char escape) =>
        raw is not null && VariableExpander.TryExpand(raw, variables, escape, out var value) ? value : null;

    /// <summary>One assignment of a name in a stage: from which instruction on, and to what (null: unknown).</summary>
    private readonly struct Assignment
    {
        public Assignment(int index, string? value)
        {
            Index = index;
            Value = value;
        }

        public int Index { get; }

        public string? Value { get; }
    }

    /// <summary>A stage's own assignments by name, in instruction order, over what it inherits.</summary>
    private sealed class StageScope
    {
        private readonly Dictionary<string, List<Assignment>> _history = new(StringComparer.Ordinal);

        public StageScope(VariableScope inherited)
        {
            Inherited = inherited;
            Current = new ScopeView(this, int.MaxValue);
        }

        public VariableScope Inherited { get; }

        /// <summary>The variables as assigned so far, while the stage is being read.</summary>
        public ScopeView Current { get; }

        public IEnumerable<string> OwnNames => _history.Keys;

        public void Assign(string name, int index, string? value)
        {
            if (!_history.TryGetValue(name, out var list))
            {
                _history[name] = list = new List<Assignment>(1);
            }

            list.Add(new Assignment(index, value));
        }

        /// <summary>The stage's own value before the instruction, if it assigned one; else the inherited value.</summary>
        public bool TryGet(string name, int beforeIndex, out string? value)
        {
            if (TryGetOwn(name, beforeIndex, out value))
            {
                return true;
            }

            return Inherited.TryGetValue(name, out value);
        }

        public bool TryGetOwn(string name, int beforeIndex, out string? value)
        {
            value = null;
            if (!_history.TryGetValue(name, out var list))
            {
                return false;
            }

            // The last assignment made by an instruction before beforeIndex.
            int low = 0, high = list.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (list[middle].Index < beforeIndex)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            if (low == 0)
            {
                return false;
            }

            value = list[low - 1].Value;
            return true;
        }
    }

    /// <summary>The variables of one stage before one instruction, read through; no copy is made.</summary>
    private sealed class ScopeView : VariableMap
    {
        private readonly StageScope _scope;
        private readonly int _beforeIndex;

        public ScopeView(StageScope scope, int beforeIndex)
        {
            _scope = scope;
            _beforeIndex = beforeIndex;
        }

        public override int Count
        {
            get
            {
                var count = 0;
                foreach (var unused in this)
                {
                    count++;
                }

                return count;
            }
        }

        public override bool TryGetValue(string key, out string? value) => _scope.TryGet(key, _beforeIndex, out value);

        public override IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
        {
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in _scope.OwnNames)
            {
                if (_scope.TryGetOwn(name, _beforeIndex, out var value))
                {
                    own.Add(name);
                    yield return new KeyValuePair<string, string?>(name, value);
                }
            }

            foreach (var pair in _scope.Inherited)
            {
                if (!own.Contains(pair.Key))
                {
                    yield return pair;
                }
            }
        }
    }
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
        var what = name is null ? "The value" : "The value of " + QuotedText.Quote(name);
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
