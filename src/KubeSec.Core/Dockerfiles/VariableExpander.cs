using System.Collections.Generic;
using System.Text;

namespace KubeSec.Dockerfiles;

/// <summary>Why an expansion has no value.</summary>
public enum ExpansionStatus
{
    /// <summary>Every variable used has a value.</summary>
    Expanded,

    /// <summary>A variable has no value (it only exists at build time) or a form is not modelled.</summary>
    Unknown,

    /// <summary><c>${A:-${B:-...}}</c> nests deeper than <see cref="VariableExpander.MaxNesting"/>.</summary>
    TooDeep,

    /// <summary>The result would exceed the per-value limit or the file's remaining budget.</summary>
    TooLarge,
}

/// <summary>
/// Expands <c>$NAME</c>, <c>${NAME}</c> and the <c>${NAME:-default}</c>, <c>${NAME-default}</c>,
/// <c>${NAME:+alt}</c>, <c>${NAME+alt}</c> forms the way BuildKit does in FROM, USER and the like.
/// A variable with no value and no default makes the whole text unknown: the value only exists at
/// build time, so a rule must not guess it.
/// Nested defaults are read with an explicit stack (never recursion), at most
/// <see cref="MaxNesting"/> deep, and no result grows past <see cref="MaxValueLength"/> characters
/// or the caller's <see cref="ExpansionBudget"/>: each append is checked before it is made, so an
/// <c>ARG A1=$A0$A0</c> doubling chain costs kilobytes, not gigabytes.
/// </summary>
public static class VariableExpander
{
    /// <summary>Deeper <c>${A:-${B:-...}}</c> nesting is no Dockerfile anyone writes.</summary>
    public const int MaxNesting = 64;

    /// <summary>The longest value one expansion may produce (characters); real values are far shorter.</summary>
    public const int MaxValueLength = 1 << 20;

    /// <summary>True with the expanded text when every variable used has a value.</summary>
    public static bool TryExpand(string text, IReadOnlyDictionary<string, string?> variables, char escape, out string expanded)
    {
        var status = Expand(text, variables, escape, null, out expanded);
        return status == ExpansionStatus.Expanded;
    }

    /// <summary>
    /// Expands <paramref name="text"/>; <paramref name="expanded"/> is empty unless the status is
    /// <see cref="ExpansionStatus.Expanded"/>. Characters substituted from variables are charged to
    /// <paramref name="budget"/> when one is given.
    /// </summary>
    public static ExpansionStatus Expand(string text, IReadOnlyDictionary<string, string?> variables, char escape, ExpansionBudget? budget, out string expanded)
    {
        expanded = string.Empty;
        if (text.IndexOf('$') < 0 && text.IndexOf(escape) < 0 && text.IndexOf('\'') < 0 && text.IndexOf('"') < 0)
        {
            // Nothing to expand or unquote: the common case costs no copy.
            if (text.Length > MaxValueLength)
            {
                return ExpansionStatus.TooLarge;
            }

            expanded = text;
            return ExpansionStatus.Expanded;
        }

        var status = new Reader(text, variables, escape, budget).Read(out var result);
        if (status == ExpansionStatus.Expanded)
        {
            expanded = result;
        }

        return status;
    }

    /// <summary>True when the text refers to a variable at all.</summary>
    public static bool HasVariables(string text) => text.IndexOf('$') >= 0;

    /// <summary>
    /// One open <c>${NAME op word}</c>: the word is read into its own builder with its own quote
    /// state, as a nested read would, and applied to the parent when its <c>}</c> arrives.
    /// </summary>
    private sealed class Frame
    {
        public Frame(StringBuilder builder, string? name, bool colon, char op)
        {
            Builder = builder;
            Name = name;
            Colon = colon;
            Op = op;
        }

        public StringBuilder Builder { get; }

        /// <summary>Null for the outermost frame, which reads to the end of the text.</summary>
        public string? Name { get; }

        public bool Colon { get; }

        public char Op { get; }

        public bool Ok { get; set; } = true;

        public char Quote { get; set; }
    }

    private sealed class Reader
    {
        private readonly string _text;
        private readonly IReadOnlyDictionary<string, string?> _variables;
        private readonly char _escape;
        private readonly ExpansionBudget? _budget;
        private readonly Stack<Frame> _frames = new();
        private int _position;
        private bool _tooLarge;
        private bool _tooDeep;

        public Reader(string text, IReadOnlyDictionary<string, string?> variables, char escape, ExpansionBudget? budget)
        {
            _text = text;
            _variables = variables;
            _escape = escape;
            _budget = budget;
        }

        public ExpansionStatus Read(out string result)
        {
            result = string.Empty;
            _frames.Push(new Frame(new StringBuilder(), null, false, '\0'));
            while (_position < _text.Length && !_tooLarge && !_tooDeep)
            {
                var frame = _frames.Peek();
                var c = _text[_position];
                if (frame.Quote == '\0' && c == '}' && _frames.Count > 1)
                {
                    _position++;
                    Close();
                    continue;
                }

                _position++;
                if (c == _escape && frame.Quote != '\'' && _position < _text.Length)
                {
                    AppendLiteral(frame, _text[_position++]);
                }
                else if ((c == '\'' || c == '"') && (frame.Quote == '\0' || frame.Quote == c))
                {
                    frame.Quote = frame.Quote == '\0' ? c : '\0';
                }
                else if (c == '$' && frame.Quote != '\'')
                {
                    ReadVariable(frame);
                }
                else
                {
                    AppendLiteral(frame, c);
                }
            }

            if (_tooDeep)
            {
                return ExpansionStatus.TooDeep;
            }

            if (_tooLarge)
            {
                return ExpansionStatus.TooLarge;
            }

            // A ${NAME:-word that never closes: BuildKit refuses it, so the value is unknown.
            if (_frames.Count > 1)
            {
                return ExpansionStatus.Unknown;
            }

            var outer = _frames.Pop();
            if (!outer.Ok)
            {
                return ExpansionStatus.Unknown;
            }

            result = outer.Builder.ToString();
            return ExpansionStatus.Expanded;
        }

        private void ReadVariable(Frame frame)
        {
            if (_position < _text.Length && _text[_position] == '{')
            {
                _position++;
                ReadBraced(frame);
                return;
            }

            var name = ReadName();
            if (name.Length == 0)
            {
                AppendLiteral(frame, '$');
                return;
            }

            frame.Ok &= AppendVariable(frame, name);
        }

        private void ReadBraced(Frame frame)
        {
            var name = ReadName();
            if (name.Length == 0 || _position >= _text.Length)
            {
                frame.Ok = false;
                return;
            }

            var c = _text[_position];
            if (c == '}')
            {
                _position++;
                frame.Ok &= AppendVariable(frame, name);
                return;
            }

            var colon = c == ':';
            if (colon)
            {
                _position++;
            }

            var op = _position < _text.Length ? _text[_position] : '\0';
            if (op != '-' && op != '+')
            {
                // ${NAME:?err}, ${NAME#pattern} and the like: not worth guessing.
                frame.Ok = false;
                return;
            }

            _position++;
            if (_frames.Count > MaxNesting)
            {
                _tooDeep = true;
                return;
            }

            _frames.Push(new Frame(new StringBuilder(), name, colon, op));
        }

        /// <summary>The <c>}</c> of the innermost <c>${NAME op word}</c>: its value goes to the parent.</summary>
        private void Close()
        {
            var inner = _frames.Pop();
            var parent = _frames.Peek();
            _variables.TryGetValue(inner.Name!, out var value);
            var isSet = value is not null && (!inner.Colon || value.Length > 0);
            if (inner.Op == '-')
            {
                if (isSet)
                {
                    Append(parent, value!, charged: true);
                }
                else
                {
                    Append(parent, inner.Builder, charged: false);
                    parent.Ok &= inner.Ok;
                }

                return;
            }

            if (isSet)
            {
                Append(parent, inner.Builder, charged: false);
                parent.Ok &= inner.Ok;
            }
            else if (value is null)
            {
                // ${NAME:+alt} of an unset name is empty, but "unset" here may mean "given at build time".
                parent.Ok = false;
            }
        }

        private string ReadName()
        {
            var start = _position;
            while (_position < _text.Length && IsNameChar(_text[_position], _position == start))
            {
                _position++;
            }

            return _text.Substring(start, _position - start);
        }

        private bool AppendVariable(Frame frame, string name)
        {
            if (_variables.TryGetValue(name, out var value) && value is not null)
            {
                Append(frame, value, charged: true);
                return true;
            }

            return false;
        }

        private void AppendLiteral(Frame frame, char c)
        {
            if (frame.Builder.Length >= MaxValueLength)
            {
                _tooLarge = true;
                return;
            }

            frame.Builder.Append(c);
        }

        /// <summary>Checked before the copy is made: the limit holds for what is allocated, not only for what is kept.</summary>
        private void Append(Frame frame, string value, bool charged)
        {
            if (!Fits(frame, value.Length, charged))
            {
                return;
            }

            frame.Builder.Append(value);
        }

        private void Append(Frame frame, StringBuilder value, bool charged)
        {
            if (!Fits(frame, value.Length, charged))
            {
                return;
            }

            frame.Builder.Append(value);
        }

        private bool Fits(Frame frame, int length, bool charged)
        {
            if ((long)frame.Builder.Length + length > MaxValueLength || (charged && _budget is not null && !_budget.TryCharge(length)))
            {
                _tooLarge = true;
                return false;
            }

            return true;
        }

        private static bool IsNameChar(char c, bool first) =>
            c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
    }
}
