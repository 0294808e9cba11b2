namespace KubeSec.Dockerfiles;

/// <summary>
/// How many characters variable substitution may still produce in one Dockerfile. Literal text is
/// bounded by the file size limit already; only what substitution copies in can grow without bound
/// (<c>ARG A1=$A0$A0</c>, forty times), so only that is charged.
/// </summary>
public sealed class ExpansionBudget
{
    /// <summary>Per file: a thousand times more than any real Dockerfile's expanded ARG and ENV values.</summary>
    public const long DefaultCharacters = 16L * 1024 * 1024;

    public ExpansionBudget(long characters = DefaultCharacters) => Remaining = characters;

    public long Remaining { get; private set; }

    public bool IsExhausted { get; private set; }

    /// <summary>Takes <paramref name="characters"/> from the budget; false (and nothing taken) when they do not fit.</summary>
    public bool TryCharge(long characters)
    {
        if (characters > Remaining)
        {
            IsExhausted = true;
            return false;
        }

        Remaining -= characters;
        return true;
    }
}
