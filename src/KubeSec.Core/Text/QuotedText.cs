using System.Globalization;
using System.Text;

namespace KubeSec.Text;

/// <summary>
/// How a finding's message quotes text from outside (file content, values, paths, exception messages):
/// a short prefix, on one line, with every control, line-breaking, bidirectional and zero-width
/// character escaped, so no message can carry a secret (a credentials file linked as a Dockerfile), a
/// fake log line or a terminal escape. The one place the engine sanitizes; the reporters then escape
/// the whole message for their medium (<c>Reporting/LogText</c>).
/// </summary>
public static class QuotedText
{
    /// <summary>Enough to recognise a keyword or a value, too little to carry a secret.</summary>
    public const int MaxQuoted = 24;

    /// <summary>For a value a rule has parsed (an image, a user, a path): long enough to read, still one short line.</summary>
    public const int MaxValue = 80;

    /// <summary>For a path or an exception message: longer than prose, still one line.</summary>
    public const int MaxDetail = 160;

    /// <summary>Paths are longer than prose, and still must not carry a line break into a log.</summary>
    public const int MaxPathLength = 512;

    /// <summary>A detail (a path, an exception or parser message), sanitized and cut at <paramref name="max"/> characters.</summary>
    public static string Short(string? text, int max = MaxDetail) => Prefix(text, max);

    /// <summary>A parsed value for a rule's message, sanitized and cut at <see cref="MaxValue"/>.</summary>
    public static string Value(string? text) => Prefix(text, MaxValue);

    /// <summary>
    /// <c>'prefix'</c>, or <c>'prefix...'</c> when the text is longer than <paramref name="max"/>
    /// characters; control, format and line-separator characters written as <c>\n</c>, <c>\u001B</c>.
    /// </summary>
    public static string Quote(string? text, int max = MaxQuoted) => "'" + Prefix(text, max) + "'";

    /// <summary>The sanitized prefix alone, without quotes.</summary>
    public static string Prefix(string? text, int max = MaxQuoted)
    {
        if (text is null || text.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(System.Math.Min(text.Length, max) + 8);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (count == max)
            {
                builder.Append("...");
                break;
            }

            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A whole pair or nothing: half a surrogate pair is not text.
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else if (c == '\t')
            {
                builder.Append("\\t");
            }
            else if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }

            count++;
        }

        return builder.ToString();
    }

    /// <summary>Whether a character must not reach a log or terminal as itself: controls, half surrogates, format and line-separating characters.</summary>
    public static bool NeedsEscape(char c)
    {
        if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c))
        {
            return true;
        }

        // Bidirectional overrides, zero-width characters and line separators: they change what a reader sees.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
