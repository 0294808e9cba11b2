using System;

namespace KubeSec.Build;

/// <summary>
/// Reads the task's switch parameters. They are strings, not bool task parameters: MSBuild rejects a bad
/// bool with MSB4030 before the task runs, and a target condition such as <c>== 'true'</c> would turn
/// the lint off silently for <c>1</c>. Here every spelling MSBuild accepts as a bool works, and anything
/// else is a KS0010 warning naming the property, with the default used meanwhile.
/// </summary>
internal static class BuildSetting
{
    /// <summary>What MSBuild's own bool conversion accepts, case-insensitively.</summary>
    private static readonly string[] TrueWords = { "true", "on", "yes", "!false", "!off", "!no" };
    private static readonly string[] FalseWords = { "false", "off", "no", "!true", "!on", "!yes" };

    public const string BoolValues = "true or false";

    /// <summary>True or false for an MSBuild bool spelling, null for anything else; empty is the fallback.</summary>
    public static bool? ParseBool(string? text, bool fallback)
    {
        var word = text?.Trim() ?? string.Empty;
        if (word.Length == 0)
        {
            return fallback;
        }

        if (Array.Exists(TrueWords, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (Array.Exists(FalseWords, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return null;
    }

    /// <summary>A value short and safe enough to quote in a message: the first characters, sanitized, escaped for the log.</summary>
    public static string Quote(string? value) => Reporting.LogText.ForMsBuild(Text.QuotedText.Prefix(value, 40));
}
