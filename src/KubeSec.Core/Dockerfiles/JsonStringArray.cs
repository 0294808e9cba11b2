using KubeSec.Text;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KubeSec.Dockerfiles;

internal enum JsonArrayKind
{
    /// <summary>Not JSON: BuildKit then reads the arguments as shell form.</summary>
    Invalid,

    /// <summary>A JSON array whose items are all strings: exec form.</summary>
    Strings,

    /// <summary>Valid JSON array with a non-string item, which BuildKit rejects.</summary>
    NotStrings,
}

/// <summary>
/// A strict JSON reader for exec-form arguments, as strict as Go's encoding/json that BuildKit
/// uses: no single quotes, no trailing commas, no comments, nothing after the closing bracket.
/// Nested arrays and objects (which make the instruction an error anyway) are skipped with an
/// explicit stack, never recursion, up to Go's own depth limit.
/// </summary>
internal sealed class JsonStringArray
{
    // encoding/json refuses deeper nesting (then BuildKit reads the text as shell form).
    private const int MaxDepth = 10000;

    private readonly string _text;
    private int _position;
    private int _errorAt = -1;
    private int _firstNonString = -1;
    private int _firstNonStringLength;

    private JsonStringArray(string text) => _text = text;

    public static JsonArrayKind Parse(string text, out List<ArgumentToken> items) => Parse(text, out items, out _);

    /// <summary>
    /// <paramref name="problem"/>: for <see cref="JsonArrayKind.Invalid"/>, where the JSON stops being
    /// valid (start, length 1, or at the end); for <see cref="JsonArrayKind.NotStrings"/>, the first
    /// item that is not a string.
    /// </summary>
    public static JsonArrayKind Parse(string text, out List<ArgumentToken> items, out (int Start, int Length) problem)
    {
        items = new List<ArgumentToken>();
        var reader = new JsonStringArray(text);
        reader.SkipSpace();
        var ok = reader.ReadTopArray(items);
        if (ok)
        {
            reader.SkipSpace();
            ok = reader._position == text.Length || reader.Fail();
        }

        if (!ok)
        {
            var at = reader._errorAt < 0 ? reader._position : reader._errorAt;
            problem = (System.Math.Min(at, text.Length), at < text.Length ? 1 : 0);
            return JsonArrayKind.Invalid;
        }

        if (reader._firstNonString >= 0)
        {
            problem = (reader._firstNonString, reader._firstNonStringLength);
            return JsonArrayKind.NotStrings;
        }

        problem = (0, 0);
        return JsonArrayKind.Strings;
    }

    /// <summary>What stands where the JSON breaks, for a message: a character name, never the input itself.</summary>
    public static string Describe(string text, int at)
    {
        var c = text[at];
        return c switch
        {
            '\'' => "a single quote; JSON strings take double quotes",
            ',' => "a comma where an item or ']' should be",
            ']' => "']' after a comma",
            '"' => "a string where a comma or ']' should be",
            '\\' => "a backslash escape JSON does not have",
            _ when c < ' ' => "a control character inside a string",
            _ when c is '[' or '{' => "a nested array or object",
            _ => "an unquoted '" + QuotedText.Prefix(c.ToString(), 1) + "'",
        };
    }

    private bool Fail()
    {
        if (_errorAt < 0)
        {
            _errorAt = _position;
        }

        return false;
    }

    private bool ReadTopArray(List<ArgumentToken> items)
    {
        if (!Take('['))
        {
            return Fail();
        }

        SkipSpace();
        if (Take(']'))
        {
            return true;
        }

        while (true)
        {
            SkipSpace();
            var start = _position;
            if (_position < _text.Length && _text[_position] == '"')
            {
                if (!ReadString(out var value))
                {
                    return false;
                }

                items.Add(new ArgumentToken(value, start, _position - start));
            }
            else
            {
                if (!SkipValue())
                {
                    return false;
                }

                if (_firstNonString < 0)
                {
                    _firstNonString = start;
                    _firstNonStringLength = _position - start;
                }
            }

            SkipSpace();
            if (Take(']'))
            {
                return true;
            }

            if (!Take(','))
            {
                return Fail();
            }
        }
    }

    /// <summary>Any JSON value; arrays and objects are followed with a stack of what is open.</summary>
    private bool SkipValue()
    {
        var open = new Stack<char>();
        while (true)
        {
            // A value is expected here.
            SkipSpace();
            if (_position >= _text.Length)
            {
                return Fail();
            }

            var c = _text[_position];
            var closed = true;
            if (c is '[' or '{')
            {
                if (open.Count >= MaxDepth)
                {
                    return Fail();
                }

                _position++;
                open.Push(c);
                SkipSpace();
                if (Take(c == '[' ? ']' : '}'))
                {
                    open.Pop();
                }
                else
                {
                    closed = false;
                    if (c == '{' && !ReadKey())
                    {
                        return false;
                    }
                }
            }
            else if (!ReadScalar(c))
            {
                return false;
            }

            if (!closed)
            {
                continue;
            }

            // After a value: close what ends here, or go on after a comma.
            while (true)
            {
                if (open.Count == 0)
                {
                    return true;
                }

                SkipSpace();
                var container = open.Peek();
                if (Take(container == '[' ? ']' : '}'))
                {
                    open.Pop();
                    continue;
                }

                if (!Take(','))
                {
                    return Fail();
                }

                if (container == '{' && !ReadKey())
                {
                    return false;
                }

                break;
            }
        }
    }

    private bool ReadKey()
    {
        SkipSpace();
        if (!ReadString(out _))
        {
            return false;
        }

        SkipSpace();
        return Take(':') || Fail();
    }

    private bool ReadScalar(char c) => c switch
    {
        '"' => ReadString(out _),
        't' => TakeWord("true"),
        'f' => TakeWord("false"),
        'n' => TakeWord("null"),
        _ => ReadNumber(),
    };

    private bool ReadString(out string value)
    {
        value = string.Empty;
        if (!Take('"'))
        {
            return Fail();
        }

        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                value = builder.ToString();
                return true;
            }

            if (c < ' ')
            {
                return Fail();
            }

            if (c != '\\')
            {
                builder.Append(c);
                _position++;
                continue;
            }

            if (_position + 1 >= _text.Length)
            {
                return Fail();
            }

            var escaped = _text[_position + 1];
            switch (escaped)
            {
                case '"': case '\\': case '/': builder.Append(escaped); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 6 > _text.Length || !IsHex4(_position + 2))
                    {
                        return Fail();
                    }

                    builder.Append((char)int.Parse(_text.Substring(_position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    _position += 4;
                    break;
                default: return Fail();
            }

            _position += 2;
        }

        // Unterminated: the problem is where the text ends.
        return Fail();
    }

    private bool IsHex4(int at)
    {
        for (var i = at; i < at + 4; i++)
        {
            var c = _text[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    private bool ReadNumber()
    {
        var start = _position;
        Take('-');
        if (!TakeDigits())
        {
            // Not a number at all: the problem is the word itself.
            _position = start;
            return Fail();
        }

        // JSON forbids leading zeros such as 012.
        var digitsStart = _text[start] == '-' ? start + 1 : start;
        if (_text[digitsStart] == '0' && _position - digitsStart > 1)
        {
            _position = digitsStart + 1;
            return Fail();
        }

        if (Take('.') && !TakeDigits())
        {
            return Fail();
        }

        if (Take('e') || Take('E'))
        {
            if (!Take('+'))
            {
                Take('-');
            }

            return TakeDigits() || Fail();
        }

        return true;
    }

    private bool TakeDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private bool TakeWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            return Fail();
        }

        _position += word.Length;
        return true;
    }

    private bool Take(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }
}
