using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;

namespace KubeSec.Build.Tests;

/// <summary>
/// The task folders of the package: every portable folder IL-only, the linux-x64 one precompiled.
/// The runtime throws BadImageFormatException on precompiled code made for another OS or architecture,
/// so precompiled code in a portable folder would break every build on Windows and macOS.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public class TaskPackageLayoutTests
{
    private const Machine LinuxX64 = (Machine)(0x8664 ^ 0x7B79);

    private static readonly string[] EngineFiles = { "KubeSec.Build.dll", "KubeSec.Core.dll", "YamlDotNet.dll" };

    private readonly PackageFeed _feed;

    public TaskPackageLayoutTests(PackageFeed feed) => _feed = feed;

    [Theory]
    [InlineData("net472")]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Portable_task_folders_hold_only_il(string folder)
    {
        foreach (var file in EngineFiles)
        {
            using var pe = ReadFromPackage("tasks/" + folder + "/" + file);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size == 0, file + " in " + folder + " holds precompiled code");
        }
    }

    [Fact]
    public void The_linux_x64_task_folder_is_precompiled_for_linux_x64()
    {
        foreach (var file in EngineFiles)
        {
            using var pe = ReadFromPackage("tasks/net10.0-linux-x64/" + file);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, file + " is not precompiled");
            Assert.Equal(LinuxX64, pe.PEHeaders.CoffHeader.Machine);
        }
    }

    private PEReader ReadFromPackage(string entryPath)
    {
        var package = Directory.GetFiles(_feed.FeedFolder, "KubeSec.Build." + _feed.Version + ".nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(entryPath) ?? throw new FileNotFoundException(entryPath + " is not in " + Path.GetFileName(package));
        using var stream = entry.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return new PEReader(copy);
    }
}
