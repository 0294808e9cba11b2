namespace KubeSec.Dockerfiles;

/// <summary>
/// A piece of an instruction's arguments: a whitespace-delimited word or a JSON array item.
/// <see cref="Start"/> and <see cref="Length"/> index <see cref="Instruction.Arguments"/>, so
/// <see cref="Instruction.RegionOf(ArgumentToken)"/> finds it in the file.
/// </summary>
public readonly struct ArgumentToken
{
    public ArgumentToken(string value, int start, int length)
    {
        Value = value;
        Start = start;
        Length = length;
    }

    /// <summary>The word as written, or the decoded string of a JSON item.</summary>
    public string Value { get; }

    public int Start { get; }

    public int Length { get; }

    public override string ToString() => Value;
}
