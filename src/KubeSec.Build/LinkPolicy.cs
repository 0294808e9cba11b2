using System;
using System.IO;
using KubeSec.Model;
using KubeSec.Rules.Engine;
using KubeSec.Text;

namespace KubeSec.Build;

/// <summary>
/// The build's side of the symbolic-link policy: a default item whose real target is outside the
/// project folder is not read. The one call the task makes; the engine's own policy (the "input"
/// slice of issue 9) replaces the body when it lands, so both front ends decide the same way.
/// </summary>
internal static class LinkPolicy
{
    /// <summary>A finding saying why the file is not read, or null when its real target is inside the root.</summary>
    public static Finding? LeavesRoot(string path, string root)
    {
        var real = FileKinds.RealPath(path);
        var realRoot = FileKinds.RealPath(root) ?? Path.GetFullPath(root);
        if (real is null || IsInside(real, realRoot))
        {
            return null; // A missing file is the scanner's to report.
        }

        return new Finding(KS0009FileUnreadable.Rule.Id, KS0009FileUnreadable.Rule.DefaultSeverity,
            "'" + Path.GetFileName(path) + "' is a symbolic link to a file outside the project folder, so it was not read: a default item never follows a link out of the project; add the file as an explicit KubeSecManifest or KubeSecDockerfile item to lint it.",
            path, SourceRegion.FileStart, "file");
    }

    private static bool IsInside(string path, string root)
    {
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison) || string.Equals(path, root, comparison);
    }
}
