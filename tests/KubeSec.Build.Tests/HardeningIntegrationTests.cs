using System;
using System.IO;
using Newtonsoft.Json.Linq;

namespace KubeSec.Build.Tests;

/// <summary>
/// The build under hostile inputs and outputs, end to end: nothing injected into the log, nothing
/// destroyed, no silent off switch, no fail-open, no secret read through a link. Several checks per
/// consumer build: each build costs 10-20 s.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public class HardeningIntegrationTests
{
    private const string HostilePod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: "p\n::error file=Program.cs,line=1::pwned"
        spec:
          securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
          containers:
            - name: "c\n::error file=Program.cs,line=1::x \e[31m ##vso[task.complete result=Failed]\nProgram.cs(1,1): error CS0001: fake"
              image: app:1.0
              securityContext: {privileged: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}

        """;

    private const string HostPidPod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n  containers:\n  - name: c\n    image: app:1.0\n    securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}\n";

    private readonly PackageFeed _feed;

    public HardeningIntegrationTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Hostile_names_settings_links_dev_null_and_a_planted_cache_link_in_one_build()
    {
        var secret = Path.Combine(_feed.Root, "outside-" + Guid.NewGuid().ToString("N"), "credentials");
        Directory.CreateDirectory(Path.GetDirectoryName(secret)!);
        File.WriteAllText(secret, "[default]\nAWS_ACCESS_KEY_ID=AKIASECRETSECRET\n");
        var explicitOutside = Path.Combine(Path.GetDirectoryName(secret)!, "explicit.Dockerfile");
        File.WriteAllText(explicitOutside, "FROM alpine\nUSER 10001\n");
        var project = new ConsumerProject(_feed,
            properties: "<KubeSecEnabled>1</KubeSecEnabled><KubeSecAllRules>maybe</KubeSecAllRules><KubeSecSarifOutputPath>/dev/null</KubeSecSarifOutputPath>",
            items: $"<KubeSecDockerfile Include=\"{explicitOutside}\" />");
        project.Write("deploy/pod.yaml", HostilePod);
        project.Write("deploy/pod.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"j\"}, \"spec\": {\"hostIPC\": true, \"containers\": []}}\n");
        project.Write("appsettings.Development.json", "{\"Logging\": {\"LogLevel\": {\"Default\": \"Information\"}}}\n");
        project.Write("evil\n::error file=Program.cs::x\rProgram.cs(1,1): error CS0001: y.yaml", HostPidPod);
        File.CreateSymbolicLink(Path.Combine(project.Directory, "Dockerfile"), secret);
        var bashrc = Path.Combine(Path.GetDirectoryName(secret)!, ".bashrc");
        File.WriteAllText(bashrc, "keep me\n");
        Directory.CreateDirectory(Path.Combine(project.Directory, "obj", "Debug"));
        File.CreateSymbolicLink(Path.Combine(project.Directory, "obj", "Debug", "kubesec.findings.cache"), bashrc);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);

        // KubeSecEnabled=1 and KubeSecAllRules=maybe: reported with the property and the allowed values, the lint ran.
        Assert.Contains("KubeSecEnabled='1' is not a valid value: use true or false; 'true' is used meanwhile", build.Output, StringComparison.Ordinal);
        Assert.Contains("KubeSecAllRules='maybe' is not a valid value: use true or false; 'false' is used meanwhile", build.Output, StringComparison.Ordinal);
        Assert.Contains("KS0010", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4030", build.Output, StringComparison.Ordinal);
        Assert.Contains(build.Diagnostics, d => d.Code == "KS1001");

        // Injection: no workflow command, no Azure command, no fake diagnostic line, no escape sequence.
        foreach (var line in build.Output.Split('\n'))
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
            Assert.DoesNotMatch(@"^[^(]*\(\d+(,\d+)*\): error", line);
            Assert.DoesNotContain("##vso[", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain('\u001b', line);
        }

        Assert.Contains(@"container 'c\n::error file=Program.cs,line=1::x \u001b[31m #\u0023vso[task.complete result=Failed]\nProgram.cs(1,1)\u003a error CS0001: fake' runs privileged", build.Output, StringComparison.Ordinal);
        Assert.Contains(build.Diagnostics, d => d.Code == "KS1003" && d.File.EndsWith(@"evil\n::error file=Program.cs::x\rProgram.cs(1,1)\u003a error CS0001: y.yaml", StringComparison.Ordinal));

        // JSON manifests are linted by default; well-known tooling JSON is not read.
        Assert.Contains(build.Diagnostics, d => d.Code == "KS1004" && d.File.EndsWith("pod.json", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Diagnostics, d => d.File.Contains("appsettings", StringComparison.Ordinal));

        // A default item linked out of the project is not read; an explicit item outside is.
        Assert.DoesNotContain("AKIASECRETSECRET", build.Output, StringComparison.Ordinal);
        Assert.Contains(build.Diagnostics, d => d.Code == "KS0014" && d.File == Path.Combine(project.Directory, "Dockerfile"));
        Assert.Contains(build.Diagnostics, d => d.Code == "KS7001" && d.File == explicitOutside);

        // /dev/null is still the device, and a cache link planted in obj/ did not make the build overwrite its target.
        Assert.Equal("character special file", Stat("/dev/null"));
        Assert.Equal("keep me\n", File.ReadAllText(bashrc));
    }

    [Fact]
    public void An_unwritable_sarif_path_fails_block_mode_and_keeps_every_finding_in_warn_mode()
    {
        var project = new ConsumerProject(_feed, properties: "<KubeSecSarifOutputPath>$(MSBuildProjectDirectory)/report.sarif</KubeSecSarifOutputPath><KubeSecFailLevel>critical</KubeSecFailLevel>");
        project.Write("deploy/pod.yaml", HostPidPod);
        Directory.CreateDirectory(Path.Combine(project.Directory, "report.sarif"));

        var block = project.Build("-p:KubeSecMode=block");
        var warn = project.Build("-p:KubeSecMode=warn");

        Assert.NotEqual(0, block.ExitCode);
        Assert.Matches(@"\.csproj : error KS0000: KubeSec: the SARIF file '[^']*report\.sarif' could not be written \(OutputFileException: '[^']*' is a folder", block.Output);
        Assert.Equal("warning", Assert.Single(block.Diagnostics, d => d.Code == "KS1003").Level);

        Assert.True(warn.ExitCode == 0, warn.Output);
        Assert.Contains(": warning KS0000: KubeSec: the SARIF file", warn.Output, StringComparison.Ordinal);
        Assert.Equal("warning", Assert.Single(warn.Diagnostics, d => d.Code == "KS1003").Level);
        Assert.True(Directory.Exists(Path.Combine(project.Directory, "report.sarif")));
    }

    [Fact]
    public void Projects_built_with_m_into_one_sarif_file_each_keep_their_run()
    {
        var solution = Path.Combine(_feed.Root, "solution-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(solution);
        var shared = Path.Combine(solution, "kubesec.sarif");
        var a = new ConsumerProject(_feed, name: "Alpha", properties: $"<KubeSecSarifOutputPath>{shared}</KubeSecSarifOutputPath>", parentDirectory: solution);
        var b = new ConsumerProject(_feed, name: "Beta", properties: $"<KubeSecSarifOutputPath>{shared}</KubeSecSarifOutputPath>", parentDirectory: solution);
        a.Write("deploy/pod.yaml", HostPidPod);
        b.Write("deploy/pod.yaml", HostPidPod.Replace("hostPID", "hostIPC", StringComparison.Ordinal));
        File.Copy(Path.Combine(a.Directory, "nuget.config"), Path.Combine(solution, "nuget.config"));
        File.WriteAllText(Path.Combine(solution, "All.slnx"), $"<Solution>\n  <Project Path=\"{Path.GetRelativePath(solution, a.ProjectFile)}\" />\n  <Project Path=\"{Path.GetRelativePath(solution, b.ProjectFile)}\" />\n</Solution>\n");

        var build = ProcessRunner.Run("dotnet", "build All.slnx -m -nologo -v:n", solution);

        Assert.True(build.ExitCode == 0, build.Output);
        var runs = (JArray)JObject.Parse(File.ReadAllText(shared))["runs"]!;
        Assert.Equal(2, runs.Count);
        string RulesOf(string projectFile) => string.Join(",", runs.Single(run => (string?)run["properties"]!["kubesec/project"] == projectFile)["results"]!.Select(r => (string?)r["ruleId"]));
        Assert.Equal("KS1003", RulesOf(a.ProjectFile));
        Assert.Equal("KS1004", RulesOf(b.ProjectFile));
    }

    private static string Stat(string path)
    {
        var result = ProcessRunner.Run("stat", "-c %F " + path, "/");
        return result.Output.Trim();
    }
}
