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
/// uses: no single quotes, no trailing commas, no comments.
/// </summary>
internal sealed class JsonStringArray
{
    // Deeper nesting is no exec-form anyone writes; refusing it keeps the recursion bounded.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;
    private bool _allStrings = true;

    private JsonStringArray(string text) => _text = text;

    public static JsonArrayKind Parse(string text, out List<ArgumentToken> items)
    {
        items = new List<ArgumentToken>();
        var reader = new JsonStringArray(text);
        reader.SkipSpace();
        if (!reader.ReadArray(items, 0))
        {
            return JsonArrayKind.Invalid;
        }

        reader.SkipSpace();
        if (reader._position != text.Length)
        {
            return JsonArrayKind.Invalid;
        }

        return reader._allStrings ? JsonArrayKind.Strings : JsonArrayKind.NotStrings;
    }

    private bool ReadArray(List<ArgumentToken>? items, int depth)
    {
        if (depth > MaxDepth || !Take('['))
        {
            return false;
        }

        SkipSpace();
        if (Take(']'))
        {
            return true;
        }

        while (true)
        {
            SkipSpace();
            if (!ReadValue(items, depth))
            {
                return false;
            }

            SkipSpace();
            if (Take(']'))
            {
                return true;
            }

            if (!Take(','))
            {
                return false;
            }
        }
    }

    private bool ReadValue(List<ArgumentToken>? items, int depth)
    {
        if (_position >= _text.Length)
        {
            return false;
        }

        var start = _position;
        var c = _text[_position];
        if (c == '"')
        {
            if (!ReadString(out var value))
            {
                return false;
            }

            items?.Add(new ArgumentToken(value, start, _position - start));
            return true;
        }

        if (items is not null)
        {
            _allStrings = false;
        }

        return c switch
        {
            '[' => ReadArray(null, depth + 1),
            '{' => ReadObject(depth + 1),
            't' => TakeWord("true"),
            'f' => TakeWord("false"),
            'n' => TakeWord("null"),
            _ => ReadNumber(),
        };
    }

    private bool ReadObject(int depth)
    {
        if (depth > MaxDepth || !Take('{'))
        {
            return false;
        }

        SkipSpace();
        if (Take('}'))
        {
            return true;
        }

        while (true)
        {
            SkipSpace();
            if (!ReadString(out _))
            {
                return false;
            }

            SkipSpace();
            if (!Take(':'))
            {
                return false;
            }

            SkipSpace();
            if (!ReadValue(null, depth))
            {
                return false;
            }

            SkipSpace();
            if (Take('}'))
            {
                return true;
            }

            if (!Take(','))
            {
                return false;
            }
        }
    }

    private bool ReadString(out string value)
    {
        value = string.Empty;
        if (!Take('"'))
        {
            return false;
        }

        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                value = builder.ToString();
                return true;
            }

            if (c < ' ')
            {
                return false;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                return false;
            }

            var escaped = _text[_position++];
            switch (escaped)
            {
                case '"': case '\\': case '/': builder.Append(escaped); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length ||
                        !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        return false;
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default: return false;
            }
        }

        return false;
    }

    private bool ReadNumber()
    {
        var start = _position;
        Take('-');
        if (!TakeDigits())
        {
            return false;
        }

        if (_text[start] == '0' || (_text[start] == '-' && _text[start + 1] == '0'))
        {
            // JSON forbids leading zeros such as 012.
            if (_position - start > (_text[start] == '-' ? 2 : 1))
            {
                return false;
            }
        }

        if (Take('.') && !TakeDigits())
        {
            return false;
        }

        if (Take('e') || Take('E'))
        {
            if (!Take('+'))
            {
                Take('-');
            }

            return TakeDigits();
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
            return false;
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
