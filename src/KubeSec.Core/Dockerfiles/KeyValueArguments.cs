using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Reads the <c>name=value</c> lists of ARG and ENV. Values are returned raw (quotes and variables
/// untouched): <see cref="VariableExpander"/> resolves both when a value is needed.
/// </summary>
public static class KeyValueArguments
{
    /// <summary>ARG: <c>NAME</c> or <c>NAME=value</c> words; a null value means "declared, no default".</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ParseArg(string arguments, char escape)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var word in QuotedWords(arguments, escape))
        {
            var equals = word.IndexOf('=');
            pairs.Add(equals < 0
                ? new KeyValuePair<string, string?>(word, null)
                : new KeyValuePair<string, string?>(word.Substring(0, equals), word.Substring(equals + 1)));
        }

        return pairs;
    }

    /// <summary>ENV and LABEL: <c>NAME=value ...</c>, or the legacy <c>NAME value with spaces</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ParseEnv(string arguments, char escape)
    {
        var words = QuotedWords(arguments, escape);
        var pairs = new List<KeyValuePair<string, string?>>();
        if (words.Count == 0)
        {
            return pairs;
        }

        if (words[0].IndexOf('=') < 0)
        {
            var text = arguments.Trim();
            var space = 0;
            while (space < text.Length && !ArgumentWords.IsSpace(text[space]))
            {
                space++;
            }

            pairs.Add(new KeyValuePair<string, string?>(text.Substring(0, space), space < text.Length ? text.Substring(space).Trim() : null));
            return pairs;
        }

        foreach (var word in words)
        {
            var equals = word.IndexOf('=');
            if (equals > 0)
            {
                pairs.Add(new KeyValuePair<string, string?>(word.Substring(0, equals), word.Substring(equals + 1)));
            }
        }

        return pairs;
    }

    /// <summary>Whitespace-separated words where quotes and escapes keep spaces inside a word; all kept raw.</summary>
    internal static List<string> QuotedWords(string text, char escape)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && ArgumentWords.IsSpace(text[i]))
            {
                i++;
            }

            var start = i;
            var quote = '\0';
            while (i < text.Length && (quote != '\0' || !ArgumentWords.IsSpace(text[i])))
            {
                var c = text[i];
                if (c == escape && quote != '\'' && i + 1 < text.Length)
                {
                    i += 2;
                    continue;
                }

                if (c == '\'' || c == '"')
                {
                    quote = quote == '\0' ? c : quote == c ? '\0' : quote;
                }

                i++;
            }

            if (i > start)
            {
                words.Add(text.Substring(start, i - start));
            }
        }

        return words;
    }
}
