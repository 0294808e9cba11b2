using System;

namespace KubeSec.Dockerfiles;

/// <summary>The known instruction a misspelt keyword most likely meant (<c>RNU</c>, <c>COPPY</c>).</summary>
internal static class KeywordSuggestion
{
    public static string? For(string keyword)
    {
        if (keyword.Length < 2 || keyword.Length > 14)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        foreach (var known in InstructionKeywords.All)
        {
            var distance = Distance(keyword, known);
            if (distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
                tied = false;
            }
            else if (distance == bestDistance)
            {
                tied = true;
            }
        }

        var allowed = keyword.Length <= 4 ? 1 : 2;
        return bestDistance <= allowed && !tied ? best : null;
    }

    /// <summary>Edit distance with transpositions (optimal string alignment); inputs are at most 14 characters.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
