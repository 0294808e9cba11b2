using System.IO;

namespace KubeSec.Build.Tests;

[Collection(PackageFeedCollection.Name)]
public class ToolPackageTests
{
    private readonly PackageFeed _feed;

    public ToolPackageTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_tool_installs_from_the_feed_and_scans()
    {
        var toolPath = Path.Combine(_feed.Root, "tool-" + System.Guid.NewGuid().ToString("N"));
        var install = ProcessRunner.Run("dotnet",
            $"tool install KubeSec.Tool --version {_feed.Version} --tool-path \"{toolPath}\" --add-source \"{_feed.FeedFolder}\"",
            _feed.Root,
            new System.Collections.Generic.Dictionary<string, string> { ["NUGET_PACKAGES"] = _feed.PackagesFolder });
        Assert.True(install.ExitCode == 0, install.Output);

        var work = Path.Combine(_feed.Root, "scan-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(work, "deploy"));
        File.WriteAllText(Path.Combine(work, "deploy", "api.yaml"), BuildIntegrationTests.Deployment);

        var hostTrace = Path.Combine(work, "host-trace.txt");
        var scan = ProcessRunner.Run(Path.Combine(toolPath, "kubesec"), "scan deploy", work,
            new System.Collections.Generic.Dictionary<string, string> { ["COREHOST_TRACE"] = "1", ["COREHOST_TRACEFILE"] = hostTrace });

        Assert.Equal(1, scan.ExitCode);
        if (System.OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            // The .NET host picked the precompiled copy, not the portable one.
            Assert.Matches(@"Processing TPA for deps entry \[KubeSec\.Core, [^,]+, runtimes/linux-x64/lib/net10\.0/KubeSec\.Core\.dll", File.ReadAllText(hostTrace));
        }

        Assert.Contains("deploy/api.yaml(15,25,15,29): error KS1001: Deployment 'api' container 'web' runs privileged", scan.Output, System.StringComparison.Ordinal);
        Assert.Contains("deploy/api.yaml(8,20,8,24): error KS1002:", scan.Output, System.StringComparison.Ordinal);

        var clean = ProcessRunner.Run(Path.Combine(toolPath, "kubesec"), "scan deploy --fail-level critical --mode warn", work);
        Assert.Equal(0, clean.ExitCode);
    }
}
