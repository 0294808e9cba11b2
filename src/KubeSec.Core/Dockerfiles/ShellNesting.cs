using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// How deeply shell text nests <c>$(...)</c>, <c>${...}</c>, backticks, subshells and quotes, read
/// with the same rules as <see cref="ShellScript"/> and an explicit stack. The splitter itself copes
/// with any depth; this finds where a RUN goes past <see cref="MaxDepth"/>, which no real script
/// does, so the parser can say so (KS0006) while the command is still checked.
/// </summary>
internal static class ShellNesting
{
    public const int MaxDepth = 64;

    /// <summary>The offset where a level past <see cref="MaxDepth"/> opens, or -1.</summary>
    public static int FindTooDeep(string s)
    {
        if (s.Length <= MaxDepth)
        {
            return -1;
        }

        var open = new Stack<char>();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var top = open.Count > 0 ? open.Peek() : '\0';
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char opened;
            if (top == '\'')
            {
                if (c == '\'')
                {
                    open.Pop();
                }

                continue;
            }

            if (c == '\\')
            {
                i++;
                continue;
            }

            if ((top == '(' && c == ')') || (top == '{' && c == '}') || (top == '"' && c == '"') || (top == '`' && c == '`'))
            {
                open.Pop();
                continue;
            }

            if (c == '$' && next is '(' or '{')
            {
                opened = next;
                i++;
            }
            else if (top != '"' && top != '`' && c == '(')
            {
                opened = '(';
            }
            else if (top != '"' && (c == '\'' || c == '"'))
            {
                opened = c;
            }
            else if (top != '`' && c == '`')
            {
                opened = '`';
            }
            else
            {
                continue;
            }

            open.Push(opened);
            if (open.Count > MaxDepth)
            {
                return opened == c ? i : i - 1;
            }
        }

        return -1;
    }
}
