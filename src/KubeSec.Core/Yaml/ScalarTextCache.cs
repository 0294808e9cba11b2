namespace KubeSec.Yaml;

/// <summary>
/// One shared copy of each short scalar text (keys such as <c>name</c> and <c>image</c>, values such as
/// <c>TCP</c> or <c>true</c>). A scan keeps every tree until its cross-object rules have run, and without
/// this each of the hundreds of thousands of repeated keys would be a string the GC copies and traces.
/// Bounded and lock-free: a slot holds the last text that hashed to it, and a lost race only costs a copy.
/// </summary>
internal static class ScalarTextCache
{
    private const int MaxLength = 48;
    private const int SlotCount = 1 << 14;

    private static readonly string?[] Slots = new string?[SlotCount];

    public static string Share(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }

        var slot = text.GetHashCode() & (SlotCount - 1);
        var cached = Slots[slot];
        if (cached is not null && string.Equals(cached, text, System.StringComparison.Ordinal))
        {
            return cached;
        }

        Slots[slot] = text;
        return text;
    }
}
