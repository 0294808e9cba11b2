using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>One shell word: its value with quotes and escapes removed, and where it is written.</summary>
public sealed class ShellWord
{
    internal ShellWord(string value, string raw, SourceRegion region, bool isQuoted)
    {
        Value = value;
        Raw = raw;
        Region = region;
        IsQuoted = isQuoted;
    }

    /// <summary>Quotes and backslashes removed; <c>$VAR</c> and <c>$(...)</c> kept as written (never expanded).</summary>
    public string Value { get; }

    /// <summary>The word exactly as written.</summary>
    public string Raw { get; }

    public SourceRegion Region { get; }

    /// <summary>Some part was quoted or escaped, so it is never a shell keyword or an operator.</summary>
    public bool IsQuoted { get; }

    /// <summary>Holds a parameter expansion or command substitution, so its value is only known at run time.</summary>
    public bool HasExpansion => Raw.IndexOf('$') >= 0 || Raw.IndexOf('`') >= 0;

    public override string ToString() => Value;
}
