using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>A builder flag such as <c>--platform=$BUILDPLATFORM</c> or <c>--link</c>.</summary>
public sealed class InstructionFlag
{
    internal InstructionFlag(string name, string? value, SourceRegion region)
    {
        Name = name;
        Value = value;
        Region = region;
    }

    /// <summary>The name without the leading <c>--</c>, as written.</summary>
    public string Name { get; }

    /// <summary>The unquoted value after <c>=</c>, or null for a bare flag.</summary>
    public string? Value { get; }

    public SourceRegion Region { get; }
}
