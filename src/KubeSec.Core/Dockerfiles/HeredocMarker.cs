using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KubeSec.Dockerfiles;

/// <summary>
/// A <c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>, <c>&lt;&lt;'EOF'</c> or <c>3&lt;&lt;EOF</c> word in an
/// instruction line. Like BuildKit, only a whole word counts: <c>cat&lt;&lt;EOF</c> is not one.
/// </summary>
internal sealed class HeredocMarker
{
    private HeredocMarker(string text, int start, string name, bool stripsLeadingTabs, bool isQuoted, int? fileDescriptor)
    {
        Text = text;
        Start = start;
        Name = name;
        StripsLeadingTabs = stripsLeadingTabs;
        IsQuoted = isQuoted;
        FileDescriptor = fileDescriptor;
    }

    public string Text { get; }

    public int Start { get; }

    public int Length => Text.Length;

    public string Name { get; }

    public bool StripsLeadingTabs { get; }

    public bool IsQuoted { get; }

    public int? FileDescriptor { get; }

    public static List<HeredocMarker> Find(string line)
    {
        var markers = new List<HeredocMarker>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && ArgumentWords.IsSpace(line[i]))
            {
                i++;
            }

            var start = i;
            var balanced = SkipWord(line, ref i);
            if (balanced && i > start && TryRead(line.Substring(start, i - start), start) is { } marker)
            {
                markers.Add(marker);
            }
        }

        return markers;
    }

    /// <summary>Moves past one word, where quotes and <c>\</c> keep spaces inside it; false when a quote is left open.</summary>
    private static bool SkipWord(string line, ref int i)
    {
        var quote = '\0';
        while (i < line.Length && (quote != '\0' || !ArgumentWords.IsSpace(line[i])))
        {
            var c = line[i++];
            if (c == '\\' && quote != '\'' && i < line.Length)
            {
                i++;
            }
            else if (quote == '\0' && (c == '\'' || c == '"'))
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
        }

        return quote == '\0';
    }

    private static HeredocMarker? TryRead(string word, int start)
    {
        var i = 0;
        while (i < word.Length && word[i] >= '0' && word[i] <= '9')
        {
            i++;
        }

        var digits = i;
        if (i + 1 >= word.Length || word[i] != '<' || word[i + 1] != '<')
        {
            return null;
        }

        i += 2;
        var strips = i < word.Length && word[i] == '-';
        if (strips)
        {
            i++;
        }

        var rest = word.Substring(i);
        if (rest.Length == 0 || rest.IndexOf('<') >= 0)
        {
            return null;
        }

        var name = Unquote(rest);
        if (name.Length == 0)
        {
            return null;
        }

        int? fd = digits > 0 && int.TryParse(word.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        var quoted = rest.IndexOf('\'') >= 0 || rest.IndexOf('"') >= 0;
        return new HeredocMarker(word, start, name, strips, quoted, fd);
    }

    private static string Unquote(string text)
    {
        var builder = new StringBuilder(text.Length);
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && quote != '\'' && i + 1 < text.Length)
            {
                builder.Append(text[++i]);
            }
            else if (quote == '\0' && (c == '\'' || c == '"'))
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
