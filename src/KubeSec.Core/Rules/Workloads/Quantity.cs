using System;
using System.Globalization;

namespace KubeSec.Rules.Workloads;

/// <summary>Parses Kubernetes resource quantities (<c>500m</c>, <c>1.5</c>, <c>2Gi</c>, <c>1e3</c>) so equal amounts compare equal.</summary>
internal static class Quantity
{
    private static readonly (string Suffix, decimal Factor)[] Suffixes =
    {
        ("Ki", 1024m), ("Mi", 1024m * 1024), ("Gi", 1024m * 1024 * 1024), ("Ti", 1024m * 1024 * 1024 * 1024),
        ("Pi", 1024m * 1024 * 1024 * 1024 * 1024), ("Ei", 1024m * 1024 * 1024 * 1024 * 1024 * 1024),
        ("n", 0.000000001m), ("u", 0.000001m), ("m", 0.001m), ("k", 1000m), ("M", 1000000m), ("G", 1000000000m),
        ("T", 1000000000000m), ("P", 1000000000000000m), ("E", 1000000000000000000m),
    };

    /// <summary>The amount in base units, or null when the text is not a quantity.</summary>
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text!.Trim();
        var factor = 1m;
        foreach (var (suffix, multiplier) in Suffixes)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal) && value.Length > suffix.Length)
            {
                factor = multiplier;
                value = value.Substring(0, value.Length - suffix.Length);
                break;
            }
        }

        try
        {
            return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                ? number * factor
                : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
