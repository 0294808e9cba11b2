using System;
using System.IO;
using Newtonsoft.Json.Linq;

namespace KubeSec.Tool.Tests;

/// <summary>The tool's command line, run in process over files written to a temp folder.</summary>
public sealed class CliTests : ToolTestFolder
{
    private const string PrivilegedPod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n  containers:\n  - name: c\n    image: app:1.0\n    securityContext:\n      privileged: true\n      allowPrivilegeEscalation: false\n      readOnlyRootFilesystem: true\n      capabilities: {drop: [ALL]}\n";

    public CliTests()
        : base("kubesec-cli-")
    {
    }

    [Fact]
    public void Scan_prints_compiler_style_lines_and_fails_the_gate()
    {
        var pod = Write("k8s/pod.yaml", PrivilegedPod);

        var (code, output, _) = Run("scan", Root);

        Assert.Equal(Cli.GateFailed, code);
        var line = output.Split("\n").Single(l => l.Contains("error KS1001", StringComparison.Ordinal));
        Assert.StartsWith(pod + "(11,19,11,23): error KS1001: Pod 'p' container 'c' runs privileged", line, StringComparison.Ordinal);
        Assert.Contains("1 finding(s), 1 failing the gate, in 1 file(s) (1 Kubernetes object(s)).", output, StringComparison.Ordinal);
        Assert.Contains("    10  Pod/p  k8s/pod.yaml  (KS1001)", output.Replace(Root + "/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_folder_exits_zero_and_non_kubernetes_yaml_is_silent()
    {
        Write("k8s/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n");
        Write("appsettings.yaml", "Logging: {LogLevel: {Default: Information}}\n");
        Write("node_modules/x/bad.yaml", "a: [\n");
        Write("bin/Debug/bad.yaml", "a: [\n");

        var (code, output, _) = Run("scan", Root);

        Assert.Equal(Cli.Clean, code);
        Assert.Contains("0 finding(s), 0 failing the gate, in 2 file(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warn_mode_and_a_higher_fail_level_do_not_fail()
    {
        Write("pod.yaml", PrivilegedPod);

        Assert.Equal(Cli.Clean, Run("scan", Root, "--mode", "warn").ExitCode);
        Assert.Equal(Cli.GateFailed, Run("scan", Root, "--fail-level", "critical").ExitCode);
        var observe = Run("scan", Root, "--mode", "observe");
        Assert.Equal(Cli.Clean, observe.ExitCode);
        Assert.Contains(": info KS1001:", observe.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_goes_to_the_output_file_with_relative_uris()
    {
        Write("deploy/pod.yaml", PrivilegedPod);
        var report = Path.Combine(Root, "out", "kubesec.sarif");

        var (code, output, _) = Run("scan", Path.Combine(Root, "deploy"), "--format", "sarif", "--output", report, "--source-root", Root);

        Assert.Equal(Cli.GateFailed, code);
        Assert.Empty(output);
        var result = JObject.Parse(File.ReadAllText(report))["runs"]![0]!["results"]!.Single(r => (string?)r["ruleId"] == "KS1001");
        Assert.Equal("error", (string?)result["level"]);
        Assert.Equal("deploy/pod.yaml", (string?)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }

    [Fact]
    public void Sarif_without_output_goes_to_standard_output()
    {
        Write("pod.yaml", PrivilegedPod);

        var (_, output, _) = Run("scan", Root, "--format", "sarif");

        Assert.Equal("2.1.0", (string?)JObject.Parse(output)["version"]);
    }

    [Fact]
    public void Usage_and_io_errors_exit_with_two()
    {
        var missing = Run("scan", Path.Combine(Root, "nope"));
        Assert.Equal(Cli.UsageError, missing.ExitCode);
        Assert.Contains("no such file or folder", missing.Error, StringComparison.Ordinal);

        Assert.Equal(Cli.UsageError, Run("scan", Root, "--format", "xml").ExitCode);
        Assert.Equal(Cli.UsageError, Run("scan").ExitCode);
        Assert.Equal(Cli.UsageError, Run("frobnicate").ExitCode);
        Assert.Equal(Cli.UsageError, Run("scan", Root, "--profile", "paranoid").ExitCode);
        var version = Run("scan", Root, "--kubernetes-version", "one.thirty");
        Assert.Equal(Cli.UsageError, version.ExitCode);
        Assert.Contains("--kubernetes-version takes a release such as 1.30", version.Error, StringComparison.Ordinal);

        Write("pod.yaml", PrivilegedPod);
        var unwritable = Run("scan", Root, "--output", Path.Combine(Root, "pod.yaml", "inside-a-file.txt"));
        Assert.Equal(Cli.UsageError, unwritable.ExitCode);
        Assert.Contains("cannot write", unwritable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Opt_in_rules_run_only_with_all_rules()
    {
        Write("Dockerfile", "FROM debian:12\nRUN apt-get install -y curl\nUSER 10001\n");

        Assert.DoesNotContain("KS7004", Run("scan", Root).Output, StringComparison.Ordinal);
        var all = Run("scan", Root, "--all-rules");
        Assert.Contains("Dockerfile(2,13,2,20): error KS7004:", all.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_help_link()
    {
        var (code, output, _) = Run("rules");

        Assert.Equal(Cli.Clean, code);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("KS1001  critical  default  Container runs privileged", StringComparison.Ordinal) && l.EndsWith("KS1001.md", StringComparison.Ordinal));
    }
}
