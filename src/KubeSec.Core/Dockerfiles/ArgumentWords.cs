using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>Splits arguments on whitespace the way BuildKit reads FROM, EXPOSE and shell-form COPY.</summary>
internal static class ArgumentWords
{
    public static IReadOnlyList<ArgumentToken> Split(string text)
    {
        var words = new List<ArgumentToken>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(new ArgumentToken(text.Substring(start, i - start), start, i - start));
            }
        }

        return words;
    }

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r' or '\n';
}
