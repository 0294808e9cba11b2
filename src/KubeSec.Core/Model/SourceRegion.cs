using System;
using System.Globalization;

namespace KubeSec.Model;

/// <summary>
/// A span of a file, 1-based. <see cref="EndColumn"/> is exclusive (the column after the last
/// character), as in SARIF.
/// </summary>
public readonly struct SourceRegion : IEquatable<SourceRegion>
{
    public SourceRegion(int startLine, int startColumn, int endLine, int endColumn)
    {
        StartLine = Math.Max(1, startLine);
        StartColumn = Math.Max(1, startColumn);
        EndLine = Math.Max(StartLine, endLine);
        EndColumn = EndLine == StartLine ? Math.Max(StartColumn, endColumn) : Math.Max(1, endColumn);
    }

    public int StartLine { get; }
    public int StartColumn { get; }
    public int EndLine { get; }
    public int EndColumn { get; }

    /// <summary>The first character of a file: where whole-file diagnostics point.</summary>
    public static SourceRegion FileStart => new(1, 1, 1, 1);

    public static SourceRegion At(int line, int column) => new(line, column, line, column + 1);

    public bool Equals(SourceRegion other) =>
        StartLine == other.StartLine && StartColumn == other.StartColumn &&
        EndLine == other.EndLine && EndColumn == other.EndColumn;

    public override bool Equals(object? obj) => obj is SourceRegion other && Equals(other);

    public override int GetHashCode() => (StartLine * 397) ^ (StartColumn * 31) ^ (EndLine * 17) ^ EndColumn;

    public static bool operator ==(SourceRegion left, SourceRegion right) => left.Equals(right);

    public static bool operator !=(SourceRegion left, SourceRegion right) => !left.Equals(right);

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "({0},{1},{2},{3})", StartLine, StartColumn, EndLine, EndColumn);
}
