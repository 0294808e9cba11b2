using System;
using System.Collections.Generic;
using System.Text;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Text assembled from pieces of a file (an instruction joined across line continuations, a
/// heredoc body) that still knows where each of its characters sits in the file, so a word found
/// in it can be reported at its exact place even when it spans a <c>\</c> continuation.
/// </summary>
public sealed class MappedText
{
    private readonly int[] _offsets;
    private readonly LineMap _lines;

    // Where an empty text is reported: the place it would have started.
    private readonly int _anchor;

    private MappedText(string text, int[] offsets, LineMap lines, int anchor)
    {
        Text = text;
        _offsets = offsets;
        _lines = lines;
        _anchor = anchor;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The region of the whole text.</summary>
    public SourceRegion Region => RegionOf(0, Length);

    /// <summary>
    /// The region of <paramref name="length"/> characters from <paramref name="start"/>. Out-of-range
    /// arguments are clamped, never thrown on: a rule's arithmetic slip must not stop a scan.
    /// </summary>
    public SourceRegion RegionOf(int start, int length)
    {
        start = Math.Min(Math.Max(start, 0), Length);
        length = Math.Min(Math.Max(length, 0), Length - start);
        if (length == 0)
        {
            var offset = start < Length ? _offsets[start] : Length > 0 ? _offsets[Length - 1] + 1 : _anchor;
            var (line, column) = _lines.PositionOf(offset);
            return new SourceRegion(line, column, line, column);
        }

        var first = _lines.PositionOf(_offsets[start]);
        var last = _lines.PositionOf(_offsets[start + length - 1]);
        return new SourceRegion(first.Line, first.Column, last.Line, last.Column + 1);
    }

    /// <summary>A piece of this text that keeps the mapping.</summary>
    public MappedText Slice(int start, int length)
    {
        start = Math.Min(Math.Max(start, 0), Length);
        length = Math.Min(Math.Max(length, 0), Length - start);
        var offsets = new int[length];
        Array.Copy(_offsets, start, offsets, 0, length);
        var anchor = start < Length ? _offsets[start] : Length > 0 ? _offsets[Length - 1] + 1 : _anchor;
        return new MappedText(Text.Substring(start, length), offsets, _lines, anchor);
    }

    /// <summary>The file offset of a character (or of the place after the text).</summary>
    internal int FileOffsetOf(int index) =>
        index >= 0 && index < Length ? _offsets[index] : Length > 0 ? _offsets[Length - 1] + 1 : _anchor;

    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _offsets = new();
        private readonly LineMap _lines;
        private readonly int _anchor;

        public Builder(LineMap lines, int anchor)
        {
            _lines = lines;
            _anchor = anchor;
        }

        public int Length => _text.Length;

        /// <summary>Appends the file's characters in [start, end).</summary>
        public void AppendFromFile(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                _text.Append(_lines.Text[i]);
                _offsets.Add(i);
            }
        }

        /// <summary>Appends a character that stands for something at <paramref name="fileOffset"/> (a line break).</summary>
        public void AppendAt(char c, int fileOffset)
        {
            _text.Append(c);
            _offsets.Add(fileOffset);
        }

        public MappedText Build() => new(_text.ToString(), _offsets.ToArray(), _lines, _anchor);
    }
}
