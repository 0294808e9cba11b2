using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KubeSec.Model;
using KubeSec.Rules.Engine;
using KubeSec.Text;

namespace KubeSec.Scanning;

/// <summary>The manifests and Dockerfiles found under some paths, and what the search itself has to say.</summary>
public sealed class DiscoveredFiles
{
    public DiscoveredFiles(IReadOnlyList<string> manifests, IReadOnlyList<string> dockerfiles, IReadOnlyList<string> missing)
        : this(manifests, dockerfiles, missing, Array.Empty<Finding>())
    {
    }

    public DiscoveredFiles(IReadOnlyList<string> manifests, IReadOnlyList<string> dockerfiles, IReadOnlyList<string> missing, IReadOnlyList<Finding> findings)
    {
        Manifests = manifests;
        Dockerfiles = dockerfiles;
        Missing = missing;
        Findings = findings;
    }

    public IReadOnlyList<string> Manifests { get; }
    public IReadOnlyList<string> Dockerfiles { get; }

    /// <summary>Paths that named neither a file nor a folder.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>
    /// What the walk could not look at: folders it could not list (KS0009) and links it did not follow
    /// out of the scan root (KS0014). <see cref="Scanner.Scan(DiscoveredFiles)"/> reports them with the rest.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; }
}

/// <summary>
/// Finds files the way the build's default items do: YAML and JSON by extension, Dockerfiles by name,
/// and never inside bin, obj, node_modules or hidden folders. Each real folder is walked once however
/// many links lead to it, and links that leave the folder being walked are not followed (<see cref="LinkPolicy"/>).
/// A FIFO, socket or device whose name says manifest or Dockerfile is listed, never opened: the scan
/// reports it (KS0013), because someone meant it to be checked and it cannot be.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static bool IsManifestName(string fileName) =>
        fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ||
        JsonManifestText.IsJsonName(fileName);

    public static bool IsDockerfileName(string fileName) =>
        fileName == "Dockerfile" || fileName == "Containerfile" ||
        (fileName.StartsWith("Dockerfile.", StringComparison.Ordinal) && !fileName.EndsWith(".dockerignore", StringComparison.Ordinal)) ||
        fileName.EndsWith(".Dockerfile", StringComparison.Ordinal) || fileName.EndsWith(".dockerfile", StringComparison.Ordinal);

    /// <summary>Whether the walk skips a folder of this name (bin, obj, node_modules, hidden).</summary>
    public static bool IsSkippedFolderName(string folderName) =>
        folderName.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Contains(folderName);

    public static DiscoveredFiles Discover(IEnumerable<string> paths) => Discover(paths, Directory.GetFileSystemEntries);

    /// <summary>As <see cref="Discover(IEnumerable{string})"/>, listing folders with <paramref name="list"/> (tests make it fail).</summary>
    internal static DiscoveredFiles Discover(IEnumerable<string> paths, Func<string, string[]> list)
    {
        var found = new Found();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var kind = FileKinds.Of(path);
            if (kind == FileKind.Directory)
            {
                Walk(Path.GetFullPath(path), found, list);
            }
            else if (kind == FileKind.Missing)
            {
                missing.Add(path);
            }
            else
            {
                // A path named explicitly is scanned whatever its name (as a Dockerfile if it is named like one)
                // and wherever it leads: the user's choice. A FIFO or device is reported by the scan, not opened.
                var full = Path.GetFullPath(path);
                found.Add(full, FileKinds.RealPath(full) ?? full);
            }
        }

        return new DiscoveredFiles(found.Manifests, found.Dockerfiles, missing, found.Findings);
    }

    private static void Walk(string root, Found found, Func<string, string[]> list)
    {
        var realRoot = FileKinds.RealPath(root) ?? root;
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };

        // Depth-first with an explicit stack: the depth of a tree never becomes the depth of the call stack.
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((root, realRoot));
        while (pending.Count > 0)
        {
            var (directory, realDirectory) = pending.Pop();
            string[] entries;
            try
            {
                entries = list(directory);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                found.Findings.Add(UnreadableFolder(directory, error));
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            var folders = new List<(string Path, string Real)>();
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                var kind = FileKinds.Of(entry, followLinks: false);
                if (kind == FileKind.Directory)
                {
                    var real = Path.Combine(realDirectory, name);
                    if (!IsSkippedFolderName(name) && visited.Add(real))
                    {
                        folders.Add((entry, real));
                    }
                }
                else if (kind == FileKind.SymbolicLink)
                {
                    VisitLink(entry, name, realRoot, root, visited, folders, found);
                }
                else if (IsCandidate(name))
                {
                    found.Add(entry, Path.Combine(realDirectory, name));
                }
            }

            for (var i = folders.Count - 1; i >= 0; i--)
            {
                pending.Push(folders[i]);
            }
        }
    }

    private static void VisitLink(string link, string name, string realRoot, string root, HashSet<string> visited, List<(string, string)> folders, Found found)
    {
        var target = FileKinds.Of(link);
        if (target == FileKind.Directory ? IsSkippedFolderName(name) : !IsCandidate(name))
        {
            return;
        }

        var real = FileKinds.RealPath(link);
        if (real is null)
        {
            // A dangling link named like a manifest: the scan says its target is missing (KS0009).
            found.Add(link, link);
            return;
        }

        if (!LinkPolicy.IsUnder(real, realRoot))
        {
            found.Findings.Add(LinkPolicy.Finding(link, real, root));
            return;
        }

        if (target == FileKind.Directory)
        {
            if (visited.Add(real))
            {
                folders.Add((link, real));
            }

            return;
        }

        found.Add(link, real);
    }

    private static bool IsCandidate(string name) => IsDockerfileName(name) || IsManifestName(name);

    private static Finding UnreadableFolder(string directory, Exception error)
    {
        var rule = KS0009FileUnreadable.Rule;
        var reason = error is UnauthorizedAccessException ? "access is denied" : QuotedText.Short(error.Message.TrimEnd('.'), QuotedText.MaxPathLength);
        var message = rule.Title + ": the folder cannot be listed (" + reason + "), so nothing under it was checked. " +
                      "Give the build user read and execute access to the folder, or exclude it.";
        return new Finding(rule.Id, rule.DefaultSeverity, message, directory, SourceRegion.FileStart, "folder");
    }

    /// <summary>The files found, each real file once (the first path that reached it, in walk order).</summary>
    private sealed class Found
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<string> Manifests { get; } = new();
        public List<string> Dockerfiles { get; } = new();
        public List<Finding> Findings { get; } = new();

        public void Add(string path, string realPath)
        {
            if (_seen.Add(realPath))
            {
                (IsDockerfileName(Path.GetFileName(path)) ? Dockerfiles : Manifests).Add(path);
            }
        }
    }
}
