using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace KubeSec.Reporting;

/// <summary>
/// Reads back the runs of a SARIF file several projects share, as raw JSON texts, so a project can
/// replace its own run and keep the others verbatim. A linear scan over the text (strings and nesting
/// tracked with a counter, no recursion), not a JSON library: the build task must not load one.
/// </summary>
internal static class SarifRuns
{
    /// <summary>Larger files are not ours to merge; they are replaced.</summary>
    private const long MaxBytes = 256L * 1024 * 1024;

    private const string ProjectNeedle = "\"" + SarifReport.ProjectProperty + "\": ";

    /// <summary>
    /// The runs of the file at <paramref name="path"/> that belong to another project whose file still
    /// exists, keyed by that project; runs without a project tag (not written by a shared-file writer) are dropped.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> OthersThan(string path, string project)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxBytes)
            {
                yield break;
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var run in Split(text))
        {
            var owner = ProjectOf(run);
            if (owner is not null && !string.Equals(owner, project, StringComparison.Ordinal) && File.Exists(owner))
            {
                yield return new KeyValuePair<string, string>(owner, run);
            }
        }
    }

    /// <summary>The texts of the elements of the top-level "runs" array; none when the text is not such a log.</summary>
    internal static List<string> Split(string json)
    {
        var runs = new List<string>();
        var depth = 0;
        string? lastString = null;
        string? key = null;
        var runsDepth = -1;  // the depth inside the runs array, once it is open
        var elementStart = -1;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            switch (c)
            {
                case '"':
                    var end = EndOfString(json, i);
                    if (end < 0)
                    {
                        return new List<string>();
                    }

                    if (depth == 1)
                    {
                        lastString = json.Substring(i + 1, end - i - 1);
                    }

                    i = end;
                    break;
                case ':' when depth == 1:
                    key = lastString;
                    break;
                case ',' when depth == 1:
                    key = null;
                    break;
                case '{':
                case '[':
                    if (c == '[' && depth == 1 && key == "runs" && runsDepth < 0)
                    {
                        runsDepth = 2;
                    }
                    else if (depth == runsDepth && c == '{')
                    {
                        elementStart = i;
                    }

                    depth++;
                    break;
                case '}':
                case ']':
                    depth--;
                    if (depth < 0)
                    {
                        return new List<string>();
                    }

                    if (depth == runsDepth && c == '}' && elementStart >= 0)
                    {
                        runs.Add(json.Substring(elementStart, i - elementStart + 1));
                        elementStart = -1;
                    }
                    else if (depth == 1 && runsDepth == 2 && c == ']')
                    {
                        return runs;
                    }

                    break;
            }
        }

        return new List<string>();
    }

    /// <summary>The project tag of a run, when the run's first property is the tag this writer puts there.</summary>
    internal static string? ProjectOf(string run)
    {
        var at = run.IndexOf(ProjectNeedle, StringComparison.Ordinal);
        if (at < 0 || at > 256)
        {
            return null;
        }

        var start = at + ProjectNeedle.Length;
        if (start >= run.Length || run[start] != '"')
        {
            return null;
        }

        var end = EndOfString(run, start);
        return end < 0 ? null : Unquote(run, start + 1, end);
    }

    /// <summary>The index of the quote that ends the string starting at <paramref name="start"/>, or -1.</summary>
    private static int EndOfString(string json, int start)
    {
        for (var i = start + 1; i < json.Length; i++)
        {
            if (json[i] == '\\')
            {
                i++;
            }
            else if (json[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Unquote(string json, int start, int end)
    {
        var text = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = json[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= end)
            {
                return null;
            }

            switch (json[i])
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u' when i + 4 < end && int.TryParse(json.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    i += 4;
                    break;
                case 'u':
                    return null;
                default: text.Append(json[i]); break;
            }
        }

        return text.ToString();
    }
}
