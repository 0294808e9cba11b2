using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Reads the <c>name=value</c> lists of ARG and ENV. Values are returned raw (quotes and variables
/// untouched): <see cref="VariableExpander"/> resolves both when a value is needed.
/// </summary>
public static class KeyValueArguments
{
    /// <summary>ARG: <c>NAME</c> or <c>NAME=value</c> words; a null value means "declared, no default".</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ParseArg(string arguments, char escape) => Pairs(ParseArgSpans(arguments, escape));

    /// <summary>ENV and LABEL: <c>NAME=value ...</c>, or the legacy <c>NAME value with spaces</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ParseEnv(string arguments, char escape) => Pairs(ParseEnvSpans(arguments, escape));

    /// <summary>ARG pairs with where each name and value starts in <paramref name="arguments"/>.</summary>
    internal static List<KeyValueSpan> ParseArgSpans(string arguments, char escape)
    {
        var pairs = new List<KeyValueSpan>();
        foreach (var (word, start) in QuotedWords(arguments, escape))
        {
            var equals = word.IndexOf('=');
            pairs.Add(equals < 0
                ? new KeyValueSpan(word, null, start, start + word.Length)
                : new KeyValueSpan(word.Substring(0, equals), word.Substring(equals + 1), start, start + equals + 1));
        }

        return pairs;
    }

    /// <summary>ENV pairs with where each name and value starts in <paramref name="arguments"/>.</summary>
    internal static List<KeyValueSpan> ParseEnvSpans(string arguments, char escape)
    {
        var words = QuotedWords(arguments, escape);
        var pairs = new List<KeyValueSpan>();
        if (words.Count == 0)
        {
            return pairs;
        }

        if (words[0].Word.IndexOf('=') < 0)
        {
            var first = words[0].Start;
            var space = first;
            while (space < arguments.Length && !ArgumentWords.IsSpace(arguments[space]))
            {
                space++;
            }

            var valueStart = space;
            while (valueStart < arguments.Length && ArgumentWords.IsSpace(arguments[valueStart]))
            {
                valueStart++;
            }

            var valueEnd = arguments.Length;
            while (valueEnd > valueStart && ArgumentWords.IsSpace(arguments[valueEnd - 1]))
            {
                valueEnd--;
            }

            pairs.Add(new KeyValueSpan(
                arguments.Substring(first, space - first),
                valueStart < valueEnd ? arguments.Substring(valueStart, valueEnd - valueStart) : null,
                first,
                valueStart));
            return pairs;
        }

        foreach (var (word, start) in words)
        {
            var equals = word.IndexOf('=');
            if (equals > 0)
            {
                pairs.Add(new KeyValueSpan(word.Substring(0, equals), word.Substring(equals + 1), start, start + equals + 1));
            }
        }

        return pairs;
    }

    private static List<KeyValuePair<string, string?>> Pairs(List<KeyValueSpan> spans)
    {
        var pairs = new List<KeyValuePair<string, string?>>(spans.Count);
        foreach (var span in spans)
        {
            pairs.Add(new KeyValuePair<string, string?>(span.Key, span.Value));
        }

        return pairs;
    }

    /// <summary>Whitespace-separated words where quotes and escapes keep spaces inside a word; all kept raw.</summary>
    internal static List<(string Word, int Start)> QuotedWords(string text, char escape)
    {
        var words = new List<(string Word, int Start)>();
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
                words.Add((text.Substring(start, i - start), start));
            }
        }

        return words;
    }
}

/// <summary>One ARG or ENV pair, with the offsets of its name and value in the instruction's arguments.</summary>
internal readonly struct KeyValueSpan
{
    public KeyValueSpan(string key, string? value, int keyStart, int valueStart)
    {
        Key = key;
        Value = value;
        KeyStart = keyStart;
        ValueStart = valueStart;
    }

    public string Key { get; }

    /// <summary>Raw, quotes and variables untouched; null for an ARG with no default or a bare legacy ENV name.</summary>
    public string? Value { get; }

    public int KeyStart { get; }

    public int ValueStart { get; }
}
