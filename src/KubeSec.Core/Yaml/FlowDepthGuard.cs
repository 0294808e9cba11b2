namespace KubeSec.Yaml;

/// <summary>
/// Finds flow collections (<c>[</c>, <c>{</c>) nested deeper than a limit before YamlDotNet sees them:
/// its scanner is quadratic in flow depth (100,000 '[' took 41 s), so the nesting limit must be
/// enforced on the text, not on parser events.
/// </summary>
internal static class FlowDepthGuard
{
    private static readonly char[] OpeningBrackets = { '[', '{' };

    /// <summary>The index of the bracket that goes past <paramref name="maxDepth"/>, or -1.</summary>
    public static int FindExcess(string text, int maxDepth)
    {
        // Depth can only pass the limit in a text with more opening brackets than that. Almost no file
        // has them, and counting them is a vectorized search, unlike the quote-aware walk below.
        if (!HasMoreOpeningBracketsThan(text, maxDepth))
        {
            return -1;
        }

        var depth = 0;
        var quote = '\0';
        var previous = '\n';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\n' && depth == 0)
                {
                    quote = '\0'; // An apostrophe in a plain block scalar is not a quote.
                }
            }
            else if (c == '#' && (previous == ' ' || previous == '\t' || previous == '\n'))
            {
                while (i + 1 < text.Length && text[i + 1] != '\n')
                {
                    i++;
                }
            }
            else if (c == '\'' || c == '"')
            {
                quote = c;
            }
            else if (c == '[' || c == '{')
            {
                if (++depth > maxDepth)
                {
                    return i;
                }
            }
            else if ((c == ']' || c == '}') && depth > 0)
            {
                depth--;
            }

            previous = c;
        }

        return -1;
    }

    private static bool HasMoreOpeningBracketsThan(string text, int count)
    {
        for (var i = text.IndexOfAny(OpeningBrackets); i >= 0; i = text.IndexOfAny(OpeningBrackets, i + 1))
        {
            if (--count < 0)
            {
                return true;
            }
        }

        return false;
    }
}
