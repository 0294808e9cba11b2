using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace KubeSec.Tool.Tests;

/// <summary>
/// What a hostile checkout can put in front of <c>kubesec scan</c>'s folder walk (issue 9): a FIFO, a
/// link to an endless device, self-links. Each used to hang the tool or exhaust its memory.
/// </summary>
public sealed class DiscoveryHardeningTests : ToolTestFolder
{
    private const string PrivilegedPod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: app:1.0\n    securityContext: {privileged: true}\n";

    public DiscoveryHardeningTests()
        : base("kubesec-discovery-")
    {
    }

    private void Fifo(string relative)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { Path.Combine(Root, relative) }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [UnixFact(Timeout = 60000)]
    public async Task A_fifo_and_a_link_to_dev_zero_are_reported_by_name_and_the_rest_is_still_checked()
    {
        File.WriteAllText(Path.Combine(Root, "pod.yaml"), PrivilegedPod);
        Fifo("x.yaml");
        Fifo("Dockerfile");
        File.CreateSymbolicLink(Path.Combine(Root, "zero.yaml"), "/dev/zero");

        var (code, output, _) = await Task.Run(() => Run("scan", Root));

        Assert.Equal(Cli.GateFailed, code);
        Assert.Contains(Path.Combine(Root, "x.yaml") + "(1,1,1,1): error KS0013: Not a regular file: it is a FIFO", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Root, "Dockerfile") + "(1,1,1,1): error KS0013: Not a regular file: it is a FIFO", output, StringComparison.Ordinal);
        Assert.Contains("error KS1001", output, StringComparison.Ordinal);

        // Found by the walk, the link leaves the scanned folder and is not followed; named, it is never read either.
        var (_, named, _) = await Task.Run(() => Run("scan", Path.Combine(Root, "zero.yaml")));
        Assert.Contains(Path.Combine(Root, "zero.yaml") + "(1,1,1,1): error KS0013: Not a regular file: it is a symbolic link to '/dev/zero', a character device", named, StringComparison.Ordinal);
    }

    [UnixFact(Timeout = 60000)]
    public async Task Self_links_do_not_make_the_walk_loop_or_repeat_findings()
    {
        Directory.CreateDirectory(Path.Combine(Root, "deploy"));
        File.WriteAllText(Path.Combine(Root, "deploy", "pod.yaml"), PrivilegedPod);
        File.CreateSymbolicLink(Path.Combine(Root, "deploy", "a"), ".");
        File.CreateSymbolicLink(Path.Combine(Root, "deploy", "b"), ".");
        File.CreateSymbolicLink(Path.Combine(Root, "deploy", "up"), "..");

        var (code, output, _) = await Task.Run(() => Run("scan", Root));

        Assert.Equal(Cli.GateFailed, code);
        Assert.Single(output.Split('\n'), line => line.Contains("error KS1001", StringComparison.Ordinal));
        Assert.Contains("in 1 file(s)", output, StringComparison.Ordinal);
    }
}

/// <summary>A fact about FIFOs and symbolic links, which only Unix test machines can make.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs FIFOs and symbolic links (Unix)";
        }
    }
}
