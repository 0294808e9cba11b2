using System;
using System.IO;
using Newtonsoft.Json.Linq;

namespace KubeSec.Tool.Tests;

/// <summary>The tool under hostile inputs and outputs: nothing injected, nothing destroyed, nothing lost.</summary>
public sealed class HardeningTests : ToolTestFolder
{
    private const string HostilePod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"p\\n::error file=Program.cs,line=1::pwned\"\nspec:\n  containers:\n  - name: \"c\\n::error file=Program.cs,line=1::x \\e[31m ##vso[task.complete result=Failed]\\nProgram.cs(1,1): error CS0001: fake\"\n    image: app:1.0\n    securityContext: {privileged: true}\n";

    public HardeningTests()
        : base("kubesec-cli-")
    {
    }

    private static void AssertNoInjectedLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
            Assert.DoesNotMatch(@"^[^(]*\(\d+(,\d+)*\): error CS", line);
            Assert.DoesNotContain("##vso[", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain('\u001b', line);
            Assert.DoesNotContain('\r', line);
        }
    }

    [Fact]
    public void Names_and_file_names_from_the_input_cannot_inject_lines_or_commands()
    {
        Write("pod.yaml", HostilePod);
        if (!OperatingSystem.IsWindows())
        {
            Write("evil\n::error file=Program.cs::x\rProgram.cs(1,1): error CS0001: y.yaml", HostilePod);
        }

        var (code, output, error) = Run("scan", Root);

        Assert.Equal(Cli.GateFailed, code);
        AssertNoInjectedLine(output);
        AssertNoInjectedLine(error);
        Assert.Contains("container 'c\\n::error file=Program.cs,line=1::x \\u001b[31m #\\u0023vso[task.complete result=Failed]\\nProgram.cs(1,1)\\u003a error CS0001: fake'", output, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Contains("evil\\n::error file=Program.cs::x\\rProgram.cs(1,1)\\u003a error CS0001: y.yaml(", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Output_to_a_folder_exits_two_keeps_the_folder_and_still_prints_the_findings()
    {
        Write("pod.yaml", HostilePod);
        var folder = Path.Combine(Root, "report");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "keep");

        foreach (var format in new[] { "text", "sarif" })
        {
            var (code, output, error) = Run("scan", Path.Combine(Root, "pod.yaml"), "--format", format, "--output", folder);

            Assert.Equal(Cli.UsageError, code);
            Assert.Contains("is a folder", error, StringComparison.Ordinal);
            Assert.Contains("error KS1001:", output, StringComparison.Ordinal);
            Assert.Equal("keep", File.ReadAllText(Path.Combine(folder, "keep.txt")));
            Assert.Single(Directory.GetFileSystemEntries(folder));
        }
    }

    [Fact]
    public void Output_to_dev_null_leaves_the_device_and_dash_is_standard_output()
    {
        Write("pod.yaml", HostilePod);
        if (!OperatingSystem.IsWindows())
        {
            var (code, output, _) = Run("scan", Root, "--format", "sarif", "--output", "/dev/null");

            Assert.Equal(Cli.GateFailed, code);
            Assert.Empty(output);
            Assert.Equal("character special file", Stat("/dev/null"));
            Assert.Equal(Cli.GateFailed, Run("scan", Root, "--output", "/dev/null").ExitCode);
            Assert.Equal("character special file", Stat("/dev/null"));
        }

        var dash = Run("scan", Root, "--format", "sarif", "-o", "-");
        Assert.Equal("2.1.0", (string?)JObject.Parse(dash.Output)["version"]);
        Assert.False(File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "-")));
    }

    [Fact]
    public void A_report_file_is_replaced_in_place()
    {
        Write("pod.yaml", HostilePod);
        var report = Write("out/report.txt", new string('x', 100_000));

        var (code, _, _) = Run("scan", Path.Combine(Root, "pod.yaml"), "--output", report);

        Assert.Equal(Cli.GateFailed, code);
        var text = File.ReadAllText(report);
        Assert.Contains("error KS1001:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", text, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(report)!));
    }

    [Fact]
    public void A_report_path_that_is_a_link_to_a_file_is_refused_and_the_file_kept()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("pod.yaml", HostilePod);
        var target = Write("home/.bashrc", "keep me");
        var link = Path.Combine(Root, "report.txt");
        File.CreateSymbolicLink(link, target);

        var (code, output, error) = Run("scan", Path.Combine(Root, "pod.yaml"), "--output", link);

        Assert.Equal(Cli.UsageError, code);
        Assert.Contains("symbolic link to a file", error, StringComparison.Ordinal);
        Assert.Contains("error KS1001:", output, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\0b")]
    public void An_unusable_sourceRoot_is_a_usage_error_not_a_stack_trace(string root)
    {
        Write("pod.yaml", HostilePod);

        var (code, output, error) = Run("scan", Root, "--format", "sarif", "--source-root", root);

        Assert.Equal(Cli.UsageError, code);
        Assert.Contains("--source-root takes a folder path", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    private static string Stat(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", new[] { "-c", "%F", path }) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var kind = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return kind;
    }
}
