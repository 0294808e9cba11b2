using System;
using System.Globalization;

namespace KubeSec.Rules.Dockerfiles;

/// <summary>Reads an EXPOSE word: <c>80</c>, <c>80/tcp</c>, <c>8000-8010/udp</c>.</summary>
internal static class ExposedPort
{
    /// <summary>False for variables and words that are not ports at all.</summary>
    public static bool TryRead(string word, out long low, out long high)
    {
        low = high = 0;
        var slash = word.IndexOf('/');
        var ports = slash < 0 ? word : word.Substring(0, slash);
        var dash = ports.IndexOf('-');
        var first = dash < 0 ? ports : ports.Substring(0, dash);
        var last = dash < 0 ? ports : ports.Substring(dash + 1);
        return Number(first, out low) && Number(last, out high);
    }

    private static bool Number(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
