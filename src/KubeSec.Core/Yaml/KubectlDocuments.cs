using KubeSec.Text;
using System;
using System.Collections.Generic;

namespace KubeSec.Yaml;

/// <summary>One document as kubectl cuts it out of a file, before any YAML is parsed.</summary>
internal readonly struct DocumentChunk
{
    public DocumentChunk(int index, int start, int end, int firstLine, bool kubectlStart, bool isJson, int contentStart = -1)
    {
        Index = index;
        Start = start;
        ContentStart = contentStart < 0 ? start : contentStart;
        End = end;
        FirstLine = firstLine;
        KubectlStart = kubectlStart;
        IsJson = isJson;
    }

    /// <summary>The document's 0-based position, numbered as a YAML stream numbers its documents.</summary>
    public int Index { get; }

    /// <summary>Offset of the chunk's first character (always a line start).</summary>
    public int Start { get; }

    /// <summary>Where the document's own text starts: after <see cref="Start"/> only for a JSON value that shares its first line with the one before.</summary>
    public int ContentStart { get; }

    /// <summary>Offset just after the chunk's last character.</summary>
    public int End { get; }

    /// <summary>1-based line of <see cref="Start"/> in the file.</summary>
    public int FirstLine { get; }

    /// <summary>True when kubectl hands this text to go-yaml on its own, so a byte-order mark at its start is skipped.</summary>
    public bool KubectlStart { get; }

    /// <summary>True for one value of a JSON stream (a file whose first character is '{').</summary>
    public bool IsJson { get; }
}

/// <summary>Something about the way a file is cut into documents that kubectl refuses.</summary>
internal readonly record struct ChunkProblem(int Line, int Column, YamlProblemKind Kind, string Detail);

/// <summary>
/// Cuts a file into documents the way kubectl does (k8s.io/apimachinery's YAMLOrJSONDecoder): a file whose
/// first non-space character is '{' is a stream of JSON values; any other file is cut at every line that
/// starts with <c>---</c>, and each piece goes to go-yaml on its own. Linear in the text.
/// </summary>
internal static class KubectlDocuments
{
    public static List<DocumentChunk> Split(string text, List<ChunkProblem> problems)
    {
        var firstContent = 0;
        while (firstContent < text.Length && (char.IsWhiteSpace(text[firstContent])))
        {
            firstContent++;
        }

        return firstContent < text.Length && text[firstContent] == '{' ? SplitJson(text, problems) : SplitYaml(text, problems);
    }

    private static List<DocumentChunk> SplitYaml(string text, List<ChunkProblem> problems)
    {
        var chunks = new List<DocumentChunk>();
        var index = 0;
        var chunkStart = 0;
        var chunkLine = 1;
        var kubectlStart = true;
        var sawSeparator = false;
        var line = 1;
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var next = newline < 0 ? text.Length + 1 : newline + 1;
            if (string.CompareOrdinal(text, lineStart, "---", 0, 3) == 0 && lineEnd - lineStart >= 3)
            {
                var rest = text.Substring(lineStart + 3, lineEnd - lineStart - 3).Trim();
                var valid = rest.Length == 0 || rest[0] == '#';
                Emit(chunks, text, ref index, chunkStart, lineStart, chunkLine, kubectlStart, sawSeparator);
                sawSeparator = true;
                if (valid)
                {
                    chunkStart = Math.Min(next, text.Length);
                    chunkLine = line + 1;
                    kubectlStart = true;
                }
                else
                {
                    // kubectl stops reading the file here; YAML itself reads "--- value" as a document.
                    problems.Add(new ChunkProblem(line, 1, YamlProblemKind.SyntaxError,
                        "kubectl refuses the document separator '---' followed by '" + QuotedText.Prefix(rest) +
                        "' and reads nothing after it; only spaces or a comment may follow '---' on its line"));
                    chunkStart = lineStart;
                    chunkLine = line;
                    kubectlStart = false;
                }
            }

            lineStart = next;
            line++;
        }

        Emit(chunks, text, ref index, chunkStart, text.Length, chunkLine, kubectlStart, sawSeparator);
        return chunks;
    }

    /// <summary>
    /// Adds the text between two separators. A YAML stream counts a document for every separator and one before
    /// the first only when there is content there, and so does this, so that document numbers do not move.
    /// </summary>
    private static void Emit(List<DocumentChunk> chunks, string text, ref int index, int start, int end, int firstLine, bool kubectlStart, bool afterSeparator)
    {
        if (!afterSeparator && !HasContent(text, start, end))
        {
            if (end > start)
            {
                chunks.Add(new DocumentChunk(-1, start, end, firstLine, kubectlStart, isJson: false));
            }

            return;
        }

        chunks.Add(new DocumentChunk(index++, start, Math.Max(start, end), firstLine, kubectlStart, isJson: false));
    }

    /// <summary>True when a line other than a blank, a comment or a directive is in the range.</summary>
    public static bool HasContent(string text, int start, int end)
    {
        var atLineStart = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                atLineStart = true;
                continue;
            }

            if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF')
            {
                continue;
            }

            if (atLineStart && (c == '#' || c == '%'))
            {
                var eol = text.IndexOf('\n', i);
                i = eol < 0 ? end : eol - 1;
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>A stream of JSON values, as Go's json.Decoder reads them one after another.</summary>
    private static List<DocumentChunk> SplitJson(string text, List<ChunkProblem> problems)
    {
        var chunks = new List<DocumentChunk>();
        var index = 0;
        var line = 1;
        var lineStartOffset = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStartOffset = i + 1;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c != '{' && c != '[')
            {
                problems.Add(new ChunkProblem(line, i - lineStartOffset + 1, YamlProblemKind.SyntaxError,
                    "kubectl reads this file as a stream of JSON objects (it starts with '{'), and '" + QuotedText.Prefix(text.Substring(i, Math.Min(24, text.Length - i))) + "' is not one"));
                return chunks;
            }

            var valueLine = line;
            var valueLineStart = lineStartOffset;
            var depth = 0;
            var inString = false;
            var j = i;
            for (; j < text.Length; j++)
            {
                var d = text[j];
                if (d == '\n')
                {
                    line++;
                    lineStartOffset = j + 1;
                }

                if (inString)
                {
                    if (d == '\\')
                    {
                        j++;
                    }
                    else if (d == '"')
                    {
                        inString = false;
                    }

                    continue;
                }

                if (d == '"')
                {
                    inString = true;
                }
                else if (d == '{' || d == '[')
                {
                    depth++;
                }
                else if ((d == '}' || d == ']') && --depth == 0)
                {
                    break;
                }
            }

            var end = Math.Min(j + 1, text.Length);
            // A value may start on the line where the one before it ends: the builder blanks what precedes it.
            chunks.Add(new DocumentChunk(index++, valueLineStart, end, valueLine, kubectlStart: false, isJson: true, contentStart: i));

            i = end;
        }

        return chunks;
    }
}
