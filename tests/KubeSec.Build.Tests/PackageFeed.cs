using System;
using System.IO;

namespace KubeSec.Build.Tests;

/// <summary>
/// Packs KubeSec.Build and KubeSec.Tool once per test run into a temporary folder feed, with a
/// version of its own so no stale copy in a packages cache can be picked up.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), "kubesec-e2e", Guid.NewGuid().ToString("N"));
        FeedFolder = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedFolder);
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var project in new[] { "src/KubeSec.Build/KubeSec.Build.csproj", "src/KubeSec.Tool/KubeSec.Tool.csproj" })
        {
            // A separate artifacts folder keeps this pack from racing the solution build that runs the tests.
            var result = ProcessRunner.Run("dotnet",
                $"pack \"{Path.Combine(RepoRoot, project)}\" -c Release -o \"{FeedFolder}\" -p:Version={Version} -p:BaseOutputPath=\"{Path.Combine(Root, "bin")}/\"",
                RepoRoot);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + result.Output);
            }
        }
    }

    public string RepoRoot { get; }

    /// <summary>Everything this run writes; removed at the end.</summary>
    public string Root { get; }

    public string FeedFolder { get; }

    /// <summary>A private NuGet packages folder, so the machine's cache is neither used nor polluted.</summary>
    public string PackagesFolder { get; }

    public string Version { get; }

    public static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KubeSec.Build.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KubeSec.Build.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "package feed";
}
