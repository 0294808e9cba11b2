using System;
using System.Globalization;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

/// <summary>An IntOrString count such as a PDB's <c>minAvailable</c>: <c>2</c> or <c>"50%"</c>.</summary>
internal readonly struct IntOrPercent
{
    private IntOrPercent(long value, bool isPercent)
    {
        Value = value;
        IsPercent = isPercent;
    }

    public long Value { get; }

    public bool IsPercent { get; }

    /// <summary>Reads an integer or a whole percentage; null for anything else (templates, bad shapes).</summary>
    public static IntOrPercent? Parse(YamlNode? node)
    {
        if (node is null || !node.IsScalar || node.IsNull)
        {
            return null;
        }

        if (node.AsInteger() is { } number)
        {
            return new IntOrPercent(number, isPercent: false);
        }

        var text = node.Value?.Trim() ?? string.Empty;
        if (text.EndsWith("%", StringComparison.Ordinal) &&
            long.TryParse(text.Substring(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var percent))
        {
            return new IntOrPercent(percent, isPercent: true);
        }

        return null;
    }

    /// <summary>The count for a number of pods, percentages rounded up as the disruption controller does.</summary>
    public long Of(long pods) => IsPercent ? (pods * Value + 99) / 100 : Value;

    public override string ToString() => IsPercent ? Value.ToString(CultureInfo.InvariantCulture) + "%" : Value.ToString(CultureInfo.InvariantCulture);
}
