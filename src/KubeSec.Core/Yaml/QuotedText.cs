using System.Text;

namespace KubeSec.Yaml;

/// <summary>
/// What a message may say of text from the input: a short prefix, with every control, line-breaking and
/// bidirectional character escaped, so that no message can carry a secret, a fake log line or a terminal escape.
/// </summary>
public static class QuotedText
{
    /// <summary>How much of unparseable input a message may quote.</summary>
    public const int MaxQuoted = 24;

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, escaped, with "..." when cut.</summary>
    public static string Prefix(string? text, int max = MaxQuoted)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(System.Math.Min(text!.Length, max) + 8);
        var taken = 0;
        foreach (var c in text)
        {
            if (taken == max)
            {
                builder.Append("...");
                return builder.ToString();
            }

            AppendEscaped(builder, c);
            taken++;
        }

        return builder.ToString();
    }

    /// <summary>A whole message detail (e.g. from the YAML parser), escaped and cut at <paramref name="max"/> characters.</summary>
    public static string Sanitize(string? text, int max = 200) => Prefix(text, max);

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\n':
                builder.Append("\\n");
                return;
            case '\r':
                builder.Append("\\r");
                return;
            case '\t':
                builder.Append("\\t");
                return;
        }

        if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || c == '\uFEFF' ||
            (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') ||
            char.IsSurrogate(c))
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        builder.Append(c);
    }
}
