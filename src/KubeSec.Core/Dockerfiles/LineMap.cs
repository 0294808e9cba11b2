using System;

namespace KubeSec.Dockerfiles;

/// <summary>
/// The physical lines of a file: where each starts, where its content ends (a CR before the LF
/// belongs to the line ending, as BuildKit reads it) and how to turn an offset into a position.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int[] _contentEnds;

    public LineMap(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        // A final LF ends the last line; it does not open an empty one.
        if (text.Length > 0 && text[text.Length - 1] == '\n')
        {
            count--;
        }

        count = Math.Max(count, 1);
        _starts = new int[count];
        _contentEnds = new int[count];
        var line = 0;
        var start = 0;
        for (var i = 0; i <= text.Length && line < count; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var end = i;
            while (end > start && text[end - 1] == '\r')
            {
                end--;
            }

            _starts[line] = start;
            _contentEnds[line] = end;
            line++;
            start = i + 1;
        }

        Text = text;
    }

    public string Text { get; }

    public int Count => _starts.Length;

    public int Start(int line) => _starts[line];

    /// <summary>The offset just past the line's content, before its CR/LF.</summary>
    public int ContentEnd(int line) => _contentEnds[line];

    public int ContentLength(int line) => _contentEnds[line] - _starts[line];

    /// <summary>0-based line index of an offset; offsets past the end belong to the last line.</summary>
    public int LineOf(int offset)
    {
        int low = 0, high = _starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>1-based line and column (in UTF-16 code units, as SARIF counts by default) of an offset.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var line = LineOf(offset);
        return (line + 1, Math.Max(0, offset - _starts[line]) + 1);
    }
}
