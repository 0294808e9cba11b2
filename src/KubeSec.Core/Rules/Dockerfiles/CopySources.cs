using System;
using System.Collections.Generic;
using KubeSec.Dockerfiles;

namespace KubeSec.Rules.Dockerfiles;

/// <summary>The sources and destination of a COPY or ADD, in shell or exec form.</summary>
internal static class CopySources
{
    private static readonly string[] ArchiveSuffixes =
    {
        ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tb2", ".tar.xz", ".txz", ".tar.lz", ".tlz",
        ".tar.lzma", ".tar.z", ".tz", ".tar.zst", ".tzst", ".gz", ".bz2", ".xz", ".lz", ".lzma", ".zst",
    };

    /// <summary>Every argument: sources then destination. Empty for other instructions.</summary>
    public static IReadOnlyList<ArgumentToken> Arguments(Instruction instruction)
    {
        if (!instruction.Is(InstructionKeywords.Copy) && !instruction.Is(InstructionKeywords.Add))
        {
            return Array.Empty<ArgumentToken>();
        }

        return instruction.IsJsonForm ? instruction.JsonItems : instruction.Words;
    }

    public static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static bool IsGit(string source) =>
        source.StartsWith("git@", StringComparison.OrdinalIgnoreCase) || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase) ||
        (IsUrl(source) && (source.EndsWith(".git", StringComparison.OrdinalIgnoreCase) || source.IndexOf(".git#", StringComparison.OrdinalIgnoreCase) >= 0));

    public static bool IsArchive(string source)
    {
        foreach (var suffix in ArchiveSuffixes)
        {
            if (source.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsHeredoc(string source) => source.StartsWith("<<", StringComparison.Ordinal);
}
