using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KubeSec.Scanning;

/// <summary>The manifests and Dockerfiles found under some paths.</summary>
public sealed class DiscoveredFiles
{
    public DiscoveredFiles(IReadOnlyList<string> manifests, IReadOnlyList<string> dockerfiles, IReadOnlyList<string> missing)
    {
        Manifests = manifests;
        Dockerfiles = dockerfiles;
        Missing = missing;
    }

    public IReadOnlyList<string> Manifests { get; }
    public IReadOnlyList<string> Dockerfiles { get; }

    /// <summary>Paths that named neither a file nor a folder.</summary>
    public IReadOnlyList<string> Missing { get; }
}

/// <summary>
/// Finds files the way the build's default items do: YAML by extension, Dockerfiles by name, and
/// never inside bin, obj, node_modules or hidden folders.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static bool IsManifestName(string fileName) =>
        fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static bool IsDockerfileName(string fileName) =>
        fileName == "Dockerfile" || fileName == "Containerfile" ||
        (fileName.StartsWith("Dockerfile.", StringComparison.Ordinal) && !fileName.EndsWith(".dockerignore", StringComparison.Ordinal)) ||
        fileName.EndsWith(".Dockerfile", StringComparison.Ordinal) || fileName.EndsWith(".dockerfile", StringComparison.Ordinal);

    public static DiscoveredFiles Discover(IEnumerable<string> paths)
    {
        var manifests = new List<string>();
        var dockerfiles = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                // A file named explicitly is scanned whatever its name: as a Dockerfile if it is named like one.
                (IsDockerfileName(Path.GetFileName(path)) ? dockerfiles : manifests).Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                Walk(Path.GetFullPath(path), manifests, dockerfiles);
            }
            else
            {
                missing.Add(path);
            }
        }

        return new DiscoveredFiles(
            manifests.Distinct(StringComparer.Ordinal).ToArray(),
            dockerfiles.Distinct(StringComparer.Ordinal).ToArray(),
            missing);
    }

    private static void Walk(string root, List<string> manifests, List<string> dockerfiles)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(directory);
                folders = Directory.GetDirectories(directory);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (IsDockerfileName(name))
                {
                    dockerfiles.Add(file);
                }
                else if (IsManifestName(name))
                {
                    manifests.Add(file);
                }
            }

            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
            {
                var name = Path.GetFileName(folders[i]);
                if (!name.StartsWith(".", StringComparison.Ordinal) && !SkippedFolders.Contains(name))
                {
                    pending.Push(folders[i]);
                }
            }
        }
    }
}
