using System;
using System.Collections.Generic;
using System.Text;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Splits POSIX shell text (a shell-form RUN, a heredoc script) into simple commands and words.
/// It respects quotes, backslashes, <c>$(...)</c>, <c>${...}</c>, backticks and comments, and
/// separates on <c>&amp;&amp; || ; | &amp;</c>, newlines and subshell parentheses. It does not
/// expand anything and does not model compound commands beyond dropping their keywords: enough to
/// see <c>apt-get install -y curl</c> with each word's exact place in the file. One pass, linear.
/// </summary>
public static class ShellScript
{
    private static readonly HashSet<string> LeadingKeywords = new(StringComparer.Ordinal)
    {
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "esac", "time",
    };

    public static IReadOnlyList<ShellCommand> Split(MappedText text) => new Splitter(text).Run();

    private sealed class Splitter
    {
        private readonly MappedText _mapped;
        private readonly string _s;
        private readonly List<ShellCommand> _commands = new();
        private readonly List<ShellWord> _words = new();
        private readonly List<ShellWord> _assignments = new();
        private readonly List<ShellRedirection> _redirections = new();
        private readonly List<(string Delimiter, bool StripTabs)> _heredocs = new();
        private ShellSeparator _separator = ShellSeparator.None;
        private int _commandStart = -1;
        private int _commandEnd;
        private string? _pendingOperator;
        private int _pendingStart;
        private int _i;

        public Splitter(MappedText mapped)
        {
            _mapped = mapped;
            _s = mapped.Text;
        }

        public IReadOnlyList<ShellCommand> Run()
        {
            while (_i < _s.Length)
            {
                var c = _s[_i];
                var next = _i + 1 < _s.Length ? _s[_i + 1] : '\0';
                if (c is ' ' or '\t' or '\r')
                {
                    _i++;
                }
                else if (c == '\\' && next == '\n')
                {
                    _i += 2;
                }
                else if (c == '#')
                {
                    while (_i < _s.Length && _s[_i] != '\n')
                    {
                        _i++;
                    }
                }
                else if (c == '\n')
                {
                    End(ShellSeparator.Newline, 1);
                }
                else if (c == ';')
                {
                    End(ShellSeparator.Semicolon, next == ';' ? 2 : 1);
                }
                else if (c == '&' && next == '&')
                {
                    End(ShellSeparator.And, 2);
                }
                else if (c == '|' && next == '|')
                {
                    End(ShellSeparator.Or, 2);
                }
                else if (c == '|')
                {
                    End(ShellSeparator.Pipe, next == '&' ? 2 : 1);
                }
                else if (c == '&' && next != '>')
                {
                    End(ShellSeparator.Background, 1);
                }
                else if (c is '(' or ')')
                {
                    End(ShellSeparator.Subshell, 1);
                }
                else if (c is '<' or '>' or '&')
                {
                    ReadRedirection(_i);
                }
                else
                {
                    ReadWordOrFileDescriptor();
                }
            }

            End(ShellSeparator.None, 0);
            return _commands;
        }

        private void End(ShellSeparator separator, int width)
        {
            _i += width;
            if (_words.Count > 0 || _assignments.Count > 0 || _redirections.Count > 0)
            {
                _commands.Add(new ShellCommand(_assignments.ToArray(), _words.ToArray(), _redirections.ToArray(), _separator, _mapped.RegionOf(_commandStart, _commandEnd - _commandStart)));
                _words.Clear();
                _assignments.Clear();
                _redirections.Clear();
                _commandStart = -1;
                _separator = separator;
            }
            else if (_commands.Count > 0 && separator is not (ShellSeparator.Newline or ShellSeparator.Subshell or ShellSeparator.None))
            {
                // An operator with nothing before it on this line; "a &&" then a line break still chains on &&.
                _separator = separator;
            }

            _pendingOperator = null;
            if (separator == ShellSeparator.Newline)
            {
                SkipHeredocBodies();
            }
        }

        /// <summary>A heredoc inside a script (<c>cat &lt;&lt;EOF &gt; file</c>) is data, not commands: skip its lines.</summary>
        private void SkipHeredocBodies()
        {
            foreach (var (delimiter, stripTabs) in _heredocs)
            {
                while (_i < _s.Length)
                {
                    var lineEnd = _s.IndexOf('\n', _i);
                    lineEnd = lineEnd < 0 ? _s.Length : lineEnd;
                    var start = _i;
                    while (stripTabs && start < lineEnd && _s[start] == '\t')
                    {
                        start++;
                    }

                    var isEnd = lineEnd - start == delimiter.Length && string.CompareOrdinal(_s, start, delimiter, 0, delimiter.Length) == 0;
                    _i = Math.Min(lineEnd + 1, _s.Length);
                    if (isEnd)
                    {
                        break;
                    }
                }
            }

            _heredocs.Clear();
        }

        private void ReadWordOrFileDescriptor()
        {
            var start = _i;
            var (value, quoted) = ReadWord();
            var raw = _s.Substring(start, _i - start);
            if (!quoted && IsDigits(raw) && _i < _s.Length && _s[_i] is '<' or '>')
            {
                ReadRedirection(start);
                return;
            }

            var word = new ShellWord(value, raw, _mapped.RegionOf(start, _i - start), quoted);
            Touch(start, _i);
            if (_pendingOperator is not null)
            {
                _redirections.Add(new ShellRedirection(_pendingOperator, word, _mapped.RegionOf(_pendingStart, _i - _pendingStart)));
                var op = _pendingOperator.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                if (op is "<<" or "<<-")
                {
                    _heredocs.Add((value, op.Length == 3));
                }

                _pendingOperator = null;
            }
            else if (_words.Count == 0 && IsAssignment(raw))
            {
                _assignments.Add(word);
            }
            else if (!(_words.Count == 0 && !quoted && LeadingKeywords.Contains(value)))
            {
                _words.Add(word);
            }
        }

        /// <summary>Reads an operator such as <c>2&gt;&amp;</c>, <c>&gt;&gt;</c>, <c>&amp;&gt;</c>, <c>&lt;&lt;-</c>; its target is the next word.</summary>
        private void ReadRedirection(int start)
        {
            while (_i < _s.Length && _s[_i] >= '0' && _s[_i] <= '9')
            {
                _i++;
            }

            var operatorStart = _i;
            if (_i < _s.Length && _s[_i] == '&')
            {
                _i++;
            }

            while (_i < _s.Length && _i - operatorStart < 3 && _s[_i] is '<' or '>')
            {
                _i++;
            }

            while (_i < _s.Length && _i - operatorStart < 4 && _s[_i] is '&' or '-' or '|')
            {
                _i++;
            }

            if (_i == operatorStart)
            {
                _i++;
            }

            Touch(start, _i);
            var op = _s.Substring(start, _i - start);
            if (_pendingOperator is not null)
            {
                _redirections.Add(new ShellRedirection(_pendingOperator, null, _mapped.RegionOf(_pendingStart, start - _pendingStart)));
            }

            _pendingOperator = op;
            _pendingStart = start;
        }

        private (string Value, bool Quoted) ReadWord()
        {
            var value = new StringBuilder();
            var quoted = false;
            while (_i < _s.Length)
            {
                var c = _s[_i];
                if (c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '(' or ')' or '<' or '>')
                {
                    break;
                }

                var next = _i + 1 < _s.Length ? _s[_i + 1] : '\0';
                if (c == '\\')
                {
                    quoted = true;
                    if (next != '\n' && next != '\0')
                    {
                        value.Append(next);
                    }

                    _i = Math.Min(_i + 2, _s.Length);
                }
                else if (c == '\'')
                {
                    quoted = true;
                    var end = _s.IndexOf('\'', _i + 1);
                    end = end < 0 ? _s.Length : end;
                    value.Append(_s, _i + 1, end - _i - 1);
                    _i = Math.Min(end + 1, _s.Length);
                }
                else if (c == '"')
                {
                    quoted = true;
                    ReadDoubleQuoted(value);
                }
                else if (c == '$' && next is '(' or '{' or '\'')
                {
                    var start = _i;
                    _i = next == '\'' ? SkipAnsiC(_i + 2) : SkipNested(_i + 2, next);
                    value.Append(_s, start, _i - start);
                }
                else if (c == '`')
                {
                    var start = _i;
                    _i = SkipNested(_i + 1, '`');
                    value.Append(_s, start, _i - start);
                }
                else
                {
                    value.Append(c);
                    _i++;
                }
            }

            return (value.ToString(), quoted);
        }

        private void ReadDoubleQuoted(StringBuilder value)
        {
            _i++;
            while (_i < _s.Length && _s[_i] != '"')
            {
                var c = _s[_i];
                var next = _i + 1 < _s.Length ? _s[_i + 1] : '\0';
                if (c == '\\' && next is '$' or '`' or '"' or '\\' or '\n')
                {
                    if (next != '\n')
                    {
                        value.Append(next);
                    }

                    _i += 2;
                }
                else if ((c == '$' && next is '(' or '{') || c == '`')
                {
                    var start = _i;
                    _i = c == '`' ? SkipNested(_i + 1, '`') : SkipNested(_i + 2, next);
                    value.Append(_s, start, _i - start);
                }
                else
                {
                    value.Append(c);
                    _i++;
                }
            }

            _i = Math.Min(_i + 1, _s.Length);
        }

        /// <summary>
        /// Skips to just after what closes <paramref name="opener"/> (<c>(</c>, <c>{</c> or a backtick),
        /// following nested quotes and substitutions with an explicit stack: each character is seen once.
        /// </summary>
        private int SkipNested(int i, char opener)
        {
            var open = new Stack<char>();
            open.Push(opener);
            while (i < _s.Length && open.Count > 0)
            {
                var c = _s[i];
                var top = open.Peek();
                var next = i + 1 < _s.Length ? _s[i + 1] : '\0';
                if (top == '\'')
                {
                    if (c == '\'')
                    {
                        open.Pop();
                    }
                }
                else if (c == '\\')
                {
                    i++;
                }
                else if ((top == '(' && c == ')') || (top == '{' && c == '}') || (top == '"' && c == '"') || (top == '`' && c == '`'))
                {
                    open.Pop();
                }
                else if (c == '$' && next is '(' or '{')
                {
                    open.Push(next);
                    i++;
                }
                else if (top != '"' && top != '`' && c == '(')
                {
                    open.Push('(');
                }
                else if (top != '"' && (c == '\'' || c == '"'))
                {
                    open.Push(c);
                }
                else if (top != '`' && c == '`')
                {
                    open.Push('`');
                }

                i++;
            }

            return Math.Min(i, _s.Length);
        }

        private int SkipAnsiC(int i)
        {
            while (i < _s.Length && _s[i] != '\'')
            {
                i += _s[i] == '\\' ? 2 : 1;
            }

            return Math.Min(i + 1, _s.Length);
        }

        private void Touch(int start, int end)
        {
            if (_commandStart < 0)
            {
                _commandStart = start;
            }

            _commandEnd = end;
        }

        private static bool IsDigits(string text)
        {
            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return text.Length > 0;
        }

        private static bool IsAssignment(string raw)
        {
            var i = 0;
            while (i < raw.Length && (raw[i] == '_' || char.IsLetter(raw[i]) || (i > 0 && char.IsDigit(raw[i]))) && raw[i] < 128)
            {
                i++;
            }

            if (i > 0 && i < raw.Length && raw[i] == '+')
            {
                i++;
            }

            return i > 0 && i < raw.Length && raw[i] == '=';
        }
    }
}
