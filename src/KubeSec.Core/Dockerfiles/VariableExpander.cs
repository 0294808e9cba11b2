using System.Collections.Generic;
using System.Text;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Expands <c>$NAME</c>, <c>${NAME}</c> and the <c>${NAME:-default}</c>, <c>${NAME-default}</c>,
/// <c>${NAME:+alt}</c>, <c>${NAME+alt}</c> forms the way BuildKit does in FROM, USER and the like.
/// A variable with no value and no default makes the whole text unknown: the value only exists at
/// build time, so a rule must not guess it.
/// </summary>
public static class VariableExpander
{
    /// <summary>True with the expanded text when every variable used has a value.</summary>
    public static bool TryExpand(string text, IReadOnlyDictionary<string, string?> variables, char escape, out string expanded)
    {
        var reader = new Reader(text, variables, escape);
        var ok = reader.ReadUntil(null, out expanded);
        return ok && reader.AtEnd;
    }

    /// <summary>True when the text refers to a variable at all.</summary>
    public static bool HasVariables(string text) => text.IndexOf('$') >= 0;

    private sealed class Reader
    {
        private readonly string _text;
        private readonly IReadOnlyDictionary<string, string?> _variables;
        private readonly char _escape;
        private int _position;

        public Reader(string text, IReadOnlyDictionary<string, string?> variables, char escape)
        {
            _text = text;
            _variables = variables;
            _escape = escape;
        }

        public bool AtEnd => _position >= _text.Length;

        /// <summary>Reads up to <paramref name="stop"/> (unconsumed) or the end; false when something is unknown.</summary>
        public bool ReadUntil(char? stop, out string result)
        {
            var builder = new StringBuilder();
            var ok = true;
            var quote = '\0';
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (quote == '\0' && stop == c)
                {
                    break;
                }

                _position++;
                if (c == _escape && quote != '\'' && _position < _text.Length)
                {
                    builder.Append(_text[_position++]);
                }
                else if ((c == '\'' || c == '"') && (quote == '\0' || quote == c))
                {
                    quote = quote == '\0' ? c : '\0';
                }
                else if (c == '$' && quote != '\'')
                {
                    ok &= ReadVariable(builder);
                }
                else
                {
                    builder.Append(c);
                }
            }

            result = builder.ToString();
            return ok;
        }

        private bool ReadVariable(StringBuilder builder)
        {
            if (_position < _text.Length && _text[_position] == '{')
            {
                _position++;
                return ReadBraced(builder);
            }

            var name = ReadName();
            if (name.Length == 0)
            {
                builder.Append('$');
                return true;
            }

            return Append(name, builder);
        }

        private bool ReadBraced(StringBuilder builder)
        {
            var name = ReadName();
            if (name.Length == 0 || _position >= _text.Length)
            {
                return false;
            }

            var c = _text[_position];
            if (c == '}')
            {
                _position++;
                return Append(name, builder);
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
                return false;
            }

            _position++;
            var wordOk = ReadUntil('}', out var word);
            if (_position >= _text.Length)
            {
                return false;
            }

            _position++;
            _variables.TryGetValue(name, out var value);
            var isSet = value is not null && (!colon || value.Length > 0);
            if (op == '-')
            {
                builder.Append(isSet ? value : word);
                return isSet || wordOk;
            }

            if (isSet)
            {
                builder.Append(word);
                return wordOk;
            }

            // ${NAME:+alt} of an unset name is empty, but "unset" here may mean "given at build time".
            return value is not null;
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

        private bool Append(string name, StringBuilder builder)
        {
            if (_variables.TryGetValue(name, out var value) && value is not null)
            {
                builder.Append(value);
                return true;
            }

            return false;
        }

        private static bool IsNameChar(char c, bool first) =>
            c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
    }
}
