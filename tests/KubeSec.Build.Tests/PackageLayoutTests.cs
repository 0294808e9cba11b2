using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Text;
using Newtonsoft.Json.Linq;

namespace KubeSec.Build.Tests;

/// <summary>
/// Where the packages put precompiled (ReadyToRun) code: every portable folder IL-only, the linux-x64
/// copies precompiled for linux-x64. The runtime throws BadImageFormatException on precompiled code made
/// for another OS or architecture, so precompiled code in a portable folder would break Windows and macOS.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public class PackageLayoutTests
{
    private const Machine LinuxX64 = (Machine)(0x8664 ^ 0x7B79);

    private static readonly string[] EngineFiles = { "KubeSec.Build.dll", "KubeSec.Core.dll", "YamlDotNet.dll" };
    private static readonly string[] ToolLibraries = { "KubeSec.Core.dll", "YamlDotNet.dll", "System.CommandLine.dll" };

    private readonly PackageFeed _feed;

    public PackageLayoutTests(PackageFeed feed) => _feed = feed;

    [Theory]
    [InlineData("net472")]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Portable_task_folders_hold_only_il(string folder)
    {
        foreach (var file in EngineFiles)
        {
            using var pe = ReadFromPackage("KubeSec.Build", "tasks/" + folder + "/" + file);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size == 0, file + " in " + folder + " holds precompiled code");
        }
    }

    [Fact]
    public void The_linux_x64_task_folder_is_precompiled_for_linux_x64()
    {
        foreach (var file in EngineFiles)
        {
            using var pe = ReadFromPackage("KubeSec.Build", "tasks/net10.0-linux-x64/" + file);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, file + " is not precompiled");
            Assert.Equal(LinuxX64, pe.PEHeaders.CoffHeader.Machine);
        }
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_tool_libraries_are_portable_il(string framework)
    {
        foreach (var file in ToolLibraries.Append("kubesec.dll"))
        {
            using var pe = ReadFromPackage("KubeSec.Tool", "tools/" + framework + "/any/" + file);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size == 0, file + " for " + framework + " holds precompiled code");
        }
    }

    [Fact]
    public void The_net10_tool_carries_linux_x64_precompiled_libraries_as_rid_specific_assets()
    {
        var deps = JObject.Parse(Encoding.UTF8.GetString(Extract("KubeSec.Tool", "tools/net10.0/any/kubesec.deps.json").ToArray()));
        var libraries = ((JObject)deps["targets"]![".NETCoreApp,Version=v10.0"]!).Properties().ToArray();
        foreach (var file in ToolLibraries)
        {
            var assetPath = "runtimes/linux-x64/lib/net10.0/" + file;
            using var pe = ReadFromPackage("KubeSec.Tool", "tools/net10.0/any/" + assetPath);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, file + " is not precompiled");
            Assert.Equal(LinuxX64, pe.PEHeaders.CoffHeader.Machine);

            var library = Assert.Single(libraries, l => l.Value["runtime"] is JObject runtime && runtime.Properties().Any(a => a.Name.EndsWith(file, System.StringComparison.Ordinal)));
            var target = library.Value["runtimeTargets"]?[assetPath];
            Assert.True(target is not null, library.Name + " has no runtimeTargets entry for " + assetPath);
            Assert.Equal("linux-x64", (string?)target!["rid"]);
            Assert.Equal("runtime", (string?)target["assetType"]);
        }
    }

    private PEReader ReadFromPackage(string packageId, string entryPath) => new(Extract(packageId, entryPath));

    private MemoryStream Extract(string packageId, string entryPath)
    {
        var package = Directory.GetFiles(_feed.FeedFolder, packageId + "." + _feed.Version + ".nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(entryPath) ?? throw new FileNotFoundException(entryPath + " is not in " + Path.GetFileName(package));
        using var stream = entry.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
