using System;
using System.Text.RegularExpressions;

namespace KubeSec.Text;

/// <summary>
/// Tells a JSON file that is a Kubernetes object from the many that are not (package.json,
/// appsettings.json, tsconfig.json with comments, launchSettings.json): only the former is linted, and
/// only the former may get a parse error. One linear pass, no parsing, no recursion.
/// </summary>
public static class JsonManifestText
{
    private static readonly Regex YamlTypeKeys = new(@"^(apiVersion|kind)[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    public static bool IsJsonName(string fileName) => fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the root object has both an "apiVersion" and a "kind" key, as kubectl needs. Text that
    /// does not start with '{' is read the way kubectl reads it, as YAML: then both keys must start a line.
    /// </summary>
    public static bool LooksLikeKubernetesObject(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == text.Length)
        {
            return false;
        }

        if (text[start] != '{')
        {
            var found = 0;
            foreach (Match match in YamlTypeKeys.Matches(text))
            {
                found |= match.Groups[1].Value == "kind" ? 1 : 2;
                if (found == 3)
                {
                    return true;
                }
            }

            return false;
        }

        return RootHasTypeKeys(text, start);
    }

    /// <summary>Whether the text (the start of a file too large to read) has an "apiVersion" key: kubectl writes it first.</summary>
    public static bool MentionsApiVersion(string prefix)
    {
        for (var at = prefix.IndexOf("\"apiVersion\"", StringComparison.Ordinal); at >= 0; at = prefix.IndexOf("\"apiVersion\"", at + 1, StringComparison.Ordinal))
        {
            if (IsFollowedByColon(prefix, at + 12))
            {
                return true;
            }
        }

        return YamlTypeKeys.IsMatch(prefix);
    }

    private static bool RootHasTypeKeys(string text, int start)
    {
        var depth = 0;
        var found = 0;
        var i = start;
        while (i < text.Length && found != 3)
        {
            var c = text[i];
            if (c == '"')
            {
                var end = StringEnd(text, i);
                if (depth == 1 && IsFollowedByColon(text, end))
                {
                    var key = text.Substring(i + 1, Math.Max(0, end - i - 2));
                    found |= key == "apiVersion" ? 1 : key == "kind" ? 2 : 0;
                }

                i = end;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
            {
                i = CommentEnd(text, i);
                continue;
            }

            if (c == '{' || c == '[')
            {
                depth++;
            }
            else if (c == '}' || c == ']')
            {
                depth--;
                if (depth <= 0)
                {
                    break;
                }
            }

            i++;
        }

        return found == 3;
    }

    /// <summary>The index just past the closing quote of the string opening at <paramref name="open"/> (or the text's end).</summary>
    private static int StringEnd(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"' || text[i] == '\n')
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int CommentEnd(string text, int slash)
    {
        if (text[slash + 1] == '/')
        {
            var newline = text.IndexOf('\n', slash);
            return newline < 0 ? text.Length : newline + 1;
        }

        var close = text.IndexOf("*/", slash + 2, StringComparison.Ordinal);
        return close < 0 ? text.Length : close + 2;
    }

    private static bool IsFollowedByColon(string text, int index)
    {
        while (index < text.Length && (text[index] == ' ' || text[index] == '\t' || text[index] == '\r' || text[index] == '\n'))
        {
            index++;
        }

        return index < text.Length && text[index] == ':';
    }
}
