namespace KubeSec.Dockerfiles;

/// <summary>
/// Tells a broken exec form (<c>['npm', 'start']</c>, <c>["a" "b"]</c>, <c>["a", "b"</c>,
/// <c>[npm]</c>) from shell text that starts with the test command, <c>[ -f /x ]</c>,
/// <c>[ "$A" = "b" ] &amp;&amp; ...</c> or <c>[[ -n $A ]]</c>: only the first is reported, since Docker
/// silently runs both through <c>/bin/sh -c</c>. <c>[</c> followed directly by anything but a space
/// or a second <c>[</c> is no shell command anyone writes (it would run a program called <c>["a"</c>).
/// </summary>
internal static class ExecFormAttempt
{
    /// <param name="text">The instruction's arguments.</param>
    /// <param name="pathsAllowed">COPY, ADD and VOLUME: <c>[abc]*.txt</c> is a glob there, so only a quote after <c>[</c> counts.</param>
    public static bool Looks(string text, bool pathsAllowed = false)
    {
        if (text.Length < 2 || text[0] != '[')
        {
            return false;
        }

        if (!ArgumentWords.IsSpace(text[1]))
        {
            return pathsAllowed ? text[1] is '"' or '\'' : text[1] != '[';
        }

        // "[ ..." is the test command unless it reads like a spaced-out array: quoted items with commas.
        var inner = text.Substring(1).TrimStart();
        if (inner.Length == 0 || (inner[0] != '"' && inner[0] != '\''))
        {
            return false;
        }

        return HasCommaBeforeClosingBracket(inner) || IsOneSingleQuotedItem(inner);
    }

    /// <summary>A comma outside quotes before the first <c>]</c> outside quotes: <c>[ "a", "b" ]</c>, not <c>[ -n "$A" ] &amp;&amp; echo a,b</c>.</summary>
    private static bool HasCommaBeforeClosingBracket(string text)
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
            else if (quote == '\0' && c == ']')
            {
                return false;
            }
            else if (quote == '\0' && c == ',')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>[ 'npm start' ]</c>: one single-quoted item and the closing bracket.</summary>
    private static bool IsOneSingleQuotedItem(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length < 3 || trimmed[trimmed.Length - 1] != ']')
        {
            return false;
        }

        var item = trimmed.Substring(0, trimmed.Length - 1).TrimEnd();
        return item.Length >= 2 && item[0] == '\'' && item[item.Length - 1] == '\'' && item.IndexOf('\'', 1) == item.Length - 1;
    }
}
