using System;
using System.IO;
using System.Linq;

namespace KubeSec.Reporting;

/// <summary>Paths relative to the source root, as SARIF and fingerprints want them (forward slashes).</summary>
public static class SourcePaths
{
    /// <summary>The path relative to <paramref name="root"/>, or null when the file is outside it.</summary>
    public static string? Relative(string root, string path)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var fullPath = Path.GetFullPath(path);
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!fullPath.StartsWith(fullRoot, comparison))
        {
            return null;
        }

        return fullPath.Substring(fullRoot.Length).Replace('\\', '/');
    }

    /// <summary>A relative URI reference with each segment escaped (spaces, #, % ...).</summary>
    public static Uri RelativeUri(string relativePath) =>
        new(string.Join("/", relativePath.Split('/').Select(Uri.EscapeDataString)), UriKind.Relative);

    /// <summary>The root as a directory URI, with the trailing slash SARIF requires.</summary>
    public static Uri RootUri(string root) =>
        new(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar, UriKind.Absolute);
}
