using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace KubeSec.Reporting;

/// <summary>
/// A minimal streaming JSON writer (indented, RFC 8259 escaping). The build writes SARIF on every cold
/// build; a reflection-based serializer cost 300-400 ms of JIT there, this costs next to nothing.
/// </summary>
internal sealed class JsonOutput
{
    private readonly TextWriter _writer;
    private readonly Stack<bool> _hasItems = new();
    private readonly int _baseDepth;
    private bool _afterName;

    /// <param name="writer">Where the JSON goes.</param>
    /// <param name="baseDepth">How deep the written value sits in an enclosing document, for its indentation.</param>
    public JsonOutput(TextWriter writer, int baseDepth = 0)
    {
        _writer = writer;
        _baseDepth = baseDepth;
    }

    public JsonOutput BeginObject(string? name = null) => Open(name, '{');

    public JsonOutput EndObject() => Close('}');

    public JsonOutput BeginArray(string? name = null) => Open(name, '[');

    public JsonOutput EndArray() => Close(']');

    public JsonOutput Property(string name, string? value) => value is null ? this : Name(name).Raw(Quote(value));

    public JsonOutput Property(string name, int value) => Name(name).Raw(value.ToString(CultureInfo.InvariantCulture));

    public JsonOutput Property(string name, bool value) => Name(name).Raw(value ? "true" : "false");

    public JsonOutput Value(string value)
    {
        Separate();
        return Raw(Quote(value));
    }

    public JsonOutput StringArray(string name, IEnumerable<string> values)
    {
        BeginArray(name);
        foreach (var value in values)
        {
            Value(value);
        }

        return EndArray();
    }

    private JsonOutput Open(string? name, char bracket)
    {
        if (name is not null)
        {
            Name(name);
        }
        else
        {
            Separate();
        }

        _afterName = false;
        _writer.Write(bracket);
        _hasItems.Push(false);
        return this;
    }

    private JsonOutput Close(char bracket)
    {
        var hadItems = _hasItems.Pop();
        if (hadItems)
        {
            NewLine();
        }

        _writer.Write(bracket);
        return this;
    }

    private JsonOutput Name(string name)
    {
        Separate();
        _writer.Write(Quote(name));
        _writer.Write(": ");
        _afterName = true;
        return this;
    }

    /// <summary>Writes the comma and line break before an item, unless a property name was just written.</summary>
    private void Separate()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_hasItems.Count == 0)
        {
            return;
        }

        if (_hasItems.Pop())
        {
            _writer.Write(',');
        }

        _hasItems.Push(true);
        NewLine();
    }

    private JsonOutput Raw(string text)
    {
        _afterName = false;
        _writer.Write(text);
        return this;
    }

    private void NewLine()
    {
        _writer.Write('\n');
        _writer.Write(new string(' ', (_hasItems.Count + _baseDepth) * 2));
    }

    internal static string Quote(string value)
    {
        var text = new System.Text.StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
