using System.Globalization;
using System.Text;

namespace KubeSec.Text;

/// <summary>Makes text that comes from outside (exception messages, file content) safe and short enough to quote in a message.</summary>
public static class TextSafety
{
    public const int DefaultMaxLength = 160;

    /// <summary>Control and format characters (newlines, ESC, bidi overrides) become spaces; the rest is cut at <paramref name="maxLength"/> characters.</summary>
    public static string Short(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(System.Math.Min(text!.Length, maxLength + 1));
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            var category = char.GetUnicodeCategory(c);
            builder.Append(category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ? ' ' : c);
        }

        return builder.ToString();
    }
}
