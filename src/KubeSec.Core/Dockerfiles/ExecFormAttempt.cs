namespace KubeSec.Dockerfiles;

/// <summary>
/// Tells a broken exec form (<c>['npm', 'start']</c>, <c>["a", "b",]</c>) from shell text that just
/// starts with <c>[</c>, such as the test command <c>[ -f /x ]</c> or <c>[ "$A" = "b" ]</c>: only
/// the first is reported, since Docker silently runs both through <c>/bin/sh -c</c>.
/// </summary>
internal static class ExecFormAttempt
{
    public static bool Looks(string text)
    {
        if (text.Length < 2 || text[0] != '[' || text[text.Length - 1] != ']')
        {
            return false;
        }

        var inner = text.Substring(1, text.Length - 2).Trim();
        if (inner.Length == 0 || (inner[0] != '"' && inner[0] != '\''))
        {
            return false;
        }

        return HasCommaOutsideQuotes(inner) || IsOneSingleQuotedItem(inner);
    }

    private static bool HasCommaOutsideQuotes(string text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && quote == '"')
            {
                i++;
            }
            else if (quote == '\0' && (c == '"' || c == '\''))
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
            else if (quote == '\0' && c == ',')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneSingleQuotedItem(string text) =>
        text.Length >= 2 && text[0] == '\'' && text[text.Length - 1] == '\'' && text.IndexOf('\'', 1) == text.Length - 1;
}
