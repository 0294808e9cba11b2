using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using KubeSec.Model;
using KubeSec.Rules.Engine;
using KubeSec.Text;

namespace KubeSec.Scanning;

/// <summary>
/// The one rule for symbolic links, shared by the tool's folder walk and the build's globbed items:
/// a file found under a scan root is read only when its real path (every link resolved) is still under
/// the root's real path. A link that leads out (to ~/.aws/credentials, to /, to /dev/zero) is not
/// followed and is reported once, at the link, with how to include its target: name it explicitly.
/// A path the user names explicitly is their choice and is not checked against any root.
/// </summary>
public static class LinkPolicy
{
    private static readonly StringComparison PathComparison =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

    /// <summary>
    /// Null when <paramref name="path"/> may be read as part of a scan of <paramref name="root"/>: it resolves
    /// inside the root, does not exist (reading it will say so), or is not under the root at all (named
    /// explicitly). Otherwise a KS0014 finding at the outermost link on the way that leads out of the root.
    /// </summary>
    public static Finding? Check(string path, string root)
    {
        string fullPath, fullRoot;
        try
        {
            fullPath = Path.GetFullPath(path);
            fullRoot = Path.GetFullPath(root);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        return Check(fullPath, fullRoot, FileKinds.RealPath(fullRoot) ?? fullRoot, out _);
    }

    /// <summary>The check itself; <paramref name="realPath"/> is the path's resolved target (null when unresolved), so a caller never resolves it twice.</summary>
    private static Finding? Check(string fullPath, string fullRoot, string realRoot, out string? realPath)
    {
        realPath = FileKinds.RealPath(fullPath);
        if (!IsUnder(fullPath, fullRoot) && !IsUnder(fullPath, realRoot))
        {
            return null;
        }

        if (realPath is not null && IsUnder(realPath, realRoot))
        {
            return null;
        }

        // The outermost step that leaves the root is the link to report (a folder link holding many files is
        // one finding). A missing file below such a link is below it too; a missing file elsewhere is the reader's to report.
        var link = OutermostLeavingPrefix(fullPath, IsUnder(fullPath, fullRoot) ? fullRoot : realRoot, realRoot);
        return link is null ? null : Finding(link.Value.Prefix, link.Value.Target, fullRoot);
    }

    /// <summary>
    /// The paths that <see cref="Check"/> lets through, in order, each real file once (the first path that
    /// reaches it); one finding per offending link is added to <paramref name="findings"/> (the files below
    /// one folder link share its finding).
    /// </summary>
    public static IReadOnlyList<string> Filter(IEnumerable<string> paths, string root, ICollection<Finding> findings)
    {
        var kept = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        string fullRoot;
        try
        {
            fullRoot = Path.GetFullPath(root);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            kept.AddRange(paths);
            return kept;
        }

        var realRoot = FileKinds.RealPath(fullRoot) ?? fullRoot;
        foreach (var path in paths)
        {
            Finding? finding;
            string identity;
            try
            {
                var fullPath = Path.GetFullPath(path);
                finding = Check(fullPath, fullRoot, realRoot, out var realPath);
                identity = realPath ?? fullPath;
            }
            catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
            {
                finding = null;
                identity = path;
            }

            if (finding is null && !files.Add(identity))
            {
                // The same real file again (through a link inside the root, or a self-link the glob went round): read once.
                continue;
            }

            if (finding is not null)
            {
                if (reported.Add(finding.FilePath))
                {
                    findings.Add(finding);
                }
            }
            else
            {
                kept.Add(path);
            }
        }

        return kept;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full paths).</summary>
    public static bool IsUnder(string path, string folder)
    {
        var trimmed = folder.Length > 1 ? folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : folder;
        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] == Path.DirectorySeparatorChar || trimmed[trimmed.Length - 1] == Path.VolumeSeparatorChar)
        {
            // "/" or "C:\": everything on it is below.
            return path.StartsWith(trimmed, PathComparison);
        }

        if (!path.StartsWith(trimmed, PathComparison))
        {
            return false;
        }

        return path.Length == trimmed.Length || path[trimmed.Length] == Path.DirectorySeparatorChar || path[trimmed.Length] == Path.AltDirectorySeparatorChar;
    }

    internal static Finding Finding(string link, string target, string root)
    {
        var rule = KS0014LinkLeavesScanRoot.Rule;
        var message = rule.Title + ": it leads to '" + QuotedText.Short(target, QuotedText.MaxPathLength) + "', outside '" + QuotedText.Short(root, QuotedText.MaxPathLength) + "', so it was not followed and its target was not checked. " + rule.Fix;
        return new Finding(rule.Id, rule.DefaultSeverity, message, link, SourceRegion.FileStart, "file");
    }

    /// <summary>The outermost prefix of the path whose real target leaves the root, with that target.</summary>
    private static (string Prefix, string Target)? OutermostLeavingPrefix(string fullPath, string lexicalRoot, string realRoot)
    {
        var index = lexicalRoot.Length;
        while (index < fullPath.Length)
        {
            var next = fullPath.IndexOf(Path.DirectorySeparatorChar, index + 1);
            var prefix = next < 0 ? fullPath : fullPath.Substring(0, next);
            if (prefix.Length > lexicalRoot.Length && FileKinds.RealPath(prefix) is { } real && !IsUnder(real, realRoot))
            {
                return (prefix, real);
            }

            if (next < 0)
            {
                break;
            }

            index = next;
        }

        return null;
    }
}
