using System.IO;
using Newtonsoft.Json.Linq;

namespace KubeSec.Build.Tests;

[Collection(PackageFeedCollection.Name)]
public class BuildIntegrationTests
{
    internal const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              hostNetwork: true
              securityContext:
                runAsNonRoot: true
              containers:
                - name: web
                  image: nginx:1.25
                  securityContext:
                    privileged: true
                    allowPrivilegeEscalation: false

        """;

    private readonly PackageFeed _feed;

    public BuildIntegrationTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Build_reports_findings_at_exact_positions_and_writes_sarif()
    {
        var project = new ConsumerProject(_feed);
        project.Write("deploy/api.yaml", Deployment);
        project.Write("deploy/broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: [a, b\n");
        project.Write("config/appsettings.yaml", "Logging:\n  LogLevel:\n    Default: Information\n");
        project.Write(".github/workflows/ci.yml", "on: push\njobs: {build: {runs-on: ubuntu-latest}}\n");
        project.Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . /app\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n");
        project.Write("tools/worker.Dockerfile", "FROM alpine\nUSER 10001\n");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        var privileged = Assert.Single(build.Diagnostics, d => d.Code == "KS1001");
        Assert.Equal(Path.Combine(project.Directory, "deploy", "api.yaml"), privileged.File);
        Assert.Equal((15, 25, 15, 29), privileged.At);
        Assert.Equal("warning", privileged.Level);
        Assert.StartsWith("Deployment 'api' container 'web' runs privileged", privileged.Message, System.StringComparison.Ordinal);
        Assert.Equal((8, 20, 8, 24), Assert.Single(build.Diagnostics, d => d.Code == "KS1002").At);
        var syntax = Assert.Single(build.Diagnostics, d => d.Code == "KS0001");
        Assert.EndsWith("broken.yaml", syntax.File, System.StringComparison.Ordinal);
        Assert.Equal(6, syntax.Line);
        Assert.DoesNotContain(build.Diagnostics, d => d.Code is "KS1005" or "KS1006");
        var root = Assert.Single(build.Diagnostics, d => d.Code == "KS7002");
        Assert.Equal(Path.Combine(project.Directory, "Dockerfile"), root.File);
        Assert.Equal((1, 1, 1, 41), root.At);
        var untagged = Assert.Single(build.Diagnostics, d => d.Code == "KS7001");
        Assert.Equal(Path.Combine(project.Directory, "tools", "worker.Dockerfile"), untagged.File);
        Assert.Equal((1, 6, 1, 12), untagged.At);
        Assert.DoesNotContain(build.Diagnostics, d => d.File.Contains("appsettings", System.StringComparison.Ordinal) || d.File.Contains("ci.yml", System.StringComparison.Ordinal));

        var sarif = JObject.Parse(File.ReadAllText(Path.Combine(project.Directory, "obj", "Debug", "kubesec.sarif")));
        var run = sarif["runs"]![0]!;
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        Assert.Equal("KubeSec", (string?)run["tool"]!["driver"]!["name"]);
        var rule = run["tool"]!["driver"]!["rules"]!.Single(r => (string?)r["id"] == "KS1001");
        Assert.Equal("PrivilegedContainer", (string?)rule["name"]);
        Assert.Equal("9.5", (string?)rule["properties"]!["security-severity"]);
        Assert.Contains("security", rule["properties"]!["tags"]!.Values<string>());
        Assert.Contains("trivy:KSV-0017", rule["properties"]!["equivalents"]!.Values<string>());
        Assert.NotNull(rule["help"]!["text"]);
        Assert.EndsWith("KS1001.md", (string?)rule["helpUri"], System.StringComparison.Ordinal);

        var result = run["results"]!.Single(r => (string?)r["ruleId"] == "KS1001");
        var location = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("deploy/api.yaml", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("%SRCROOT%", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(15, (int)location["region"]!["startLine"]!);
        Assert.Equal(25, (int)location["region"]!["startColumn"]!);
        Assert.Equal(29, (int)location["region"]!["endColumn"]!);
        Assert.Matches("^[0-9a-f]{32}$", (string?)result["partialFingerprints"]!["kubesec/v1"]);
        Assert.Equal("Deployment/api", (string?)result["properties"]!["object"]);
        Assert.Equal("web", (string?)result["properties"]!["container"]);
        Assert.StartsWith("file://", (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_gets_a_located_diagnostic_and_every_other_file_is_still_checked()
    {
        var project = new ConsumerProject(_feed);
        project.WriteBytes("deploy/blob.yaml", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00 });
        project.WriteBytes("deploy/latin1.yaml", System.Text.Encoding.UTF8.GetBytes("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf").Concat(new byte[] { 0xE9 }).Concat(System.Text.Encoding.UTF8.GetBytes("}\n")).ToArray());
        project.Write("deploy/crlf.yaml", "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  hostIPC: true\r\n  containers: []\r\n");
        project.Write("deploy/tabs.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: p\n");
        project.Write("deploy/bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n");
        project.Write("Dockerfile", "FROM alpine:3.20\nFROBNICATE now\nUSER 10001\n");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("MSB4018", build.Output, System.StringComparison.Ordinal);
        Assert.Equal((1, 3, 1, 4), Assert.Single(build.Diagnostics, d => d.Code == "KS0004").At);
        Assert.Equal((3, 21, 3, 22), Assert.Single(build.Diagnostics, d => d.Code == "KS0005").At);
        Assert.Equal((6, 12, 6, 16), Assert.Single(build.Diagnostics, d => d.Code == "KS1004").At);
        Assert.Equal((4, 1, 4, 2), Assert.Single(build.Diagnostics, d => d.Code == "KS0001").At);
        Assert.Equal(6, Assert.Single(build.Diagnostics, d => d.Code == "KS0007").Line);
        Assert.Equal(2, Assert.Single(build.Diagnostics, d => d.Code == "KS0008").Line);
    }

    [Fact]
    public void An_unchanged_build_replays_its_findings_and_a_change_is_picked_up()
    {
        var project = new ConsumerProject(_feed);
        var manifest = project.Write("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n  containers:\n  - name: c\n    image: app:1.0\n    securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}\n");

        var first = project.Build();
        var second = project.Build();

        Assert.Equal(new[] { "KS1003" }, first.Diagnostics.Select(d => d.Code));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains("(replayed: no input changed)", second.Output, System.StringComparison.Ordinal);

        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("hostPID: true", "hostIPC: true", System.StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(manifest, System.DateTime.UtcNow.AddSeconds(5));
        var third = project.Build();

        Assert.Equal(new[] { "KS1004" }, third.Diagnostics.Select(d => d.Code));
        Assert.DoesNotContain("(replayed", third.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Msbuild_switches_work_on_finding_codes()
    {
        var project = new ConsumerProject(_feed, properties: "<NoWarn>$(NoWarn);KS1002</NoWarn><WarningsAsErrors>$(WarningsAsErrors);KS1001</WarningsAsErrors>");
        project.Write("deploy/api.yaml", Deployment);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal("error", Assert.Single(build.Diagnostics, d => d.Code == "KS1001").Level);
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == "KS1002");
    }

    [Fact]
    public void Block_mode_turns_findings_at_the_fail_level_into_errors()
    {
        var project = new ConsumerProject(_feed, properties: "<KubeSecMode>block</KubeSecMode><KubeSecFailLevel>critical</KubeSecFailLevel>");
        project.Write("deploy/api.yaml", Deployment);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal("error", Assert.Single(build.Diagnostics, d => d.Code == "KS1001").Level);
        Assert.Equal("warning", Assert.Single(build.Diagnostics, d => d.Code == "KS1002").Level);
    }

    [Fact]
    public void Treat_warnings_as_errors_has_its_own_switch_and_respects_warnings_not_as_errors()
    {
        var project = new ConsumerProject(_feed, properties: "<KubeSecTreatWarningsAsErrors>true</KubeSecTreatWarningsAsErrors><WarningsNotAsErrors>KS1002</WarningsNotAsErrors>");
        project.Write("deploy/api.yaml", Deployment);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal("error", Assert.Single(build.Diagnostics, d => d.Code == "KS1001").Level);
        Assert.Equal("warning", Assert.Single(build.Diagnostics, d => d.Code == "KS1002").Level);
    }

    [Fact]
    public void Custom_items_custom_sarif_path_and_no_default_items()
    {
        var outside = Path.Combine(_feed.Root, "shared-deploy-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "svc.yaml"), Deployment);
        var sarifPath = Path.Combine(_feed.Root, "reports-" + System.Guid.NewGuid().ToString("N"), "custom name.sarif");
        var project = new ConsumerProject(_feed,
            properties: $"<EnableDefaultKubeSecItems>false</EnableDefaultKubeSecItems><KubeSecSarifOutputPath>{sarifPath}</KubeSecSarifOutputPath>",
            items: $"<KubeSecManifest Include=\"{outside}/*.yaml\" />");
        project.Write("deploy/ignored.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostIPC: true\n  containers: []\n");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains(build.Diagnostics, d => d.Code == "KS1001" && d.File == Path.Combine(outside, "svc.yaml"));
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == "KS1004");
        Assert.True(File.Exists(sarifPath), build.Output);
        var sarif = JObject.Parse(File.ReadAllText(sarifPath));
        var uri = (string?)sarif["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"];
        Assert.StartsWith("file://", uri, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_profile_and_kubernetes_version_properties_reach_the_engine()
    {
        var project = new ConsumerProject(_feed, properties: "<KubeSecProfile>all</KubeSecProfile><KubeSecKubernetesVersion>one.thirty</KubeSecKubernetesVersion>");
        project.Write("Dockerfile", "FROM debian:12\nRUN apt-get install -y curl\nUSER 10001\n");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal((2, 13, 2, 20), Assert.Single(build.Diagnostics, d => d.Code == "KS7004").At);
        Assert.Contains("KubeSecKubernetesVersion='one.thirty' is not a valid value", build.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_means_no_lint_and_no_sarif()
    {
        var project = new ConsumerProject(_feed, properties: "<KubeSecEnabled>false</KubeSecEnabled>");
        project.Write("deploy/api.yaml", Deployment);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.Diagnostics);
        Assert.False(File.Exists(Path.Combine(project.Directory, "obj", "Debug", "kubesec.sarif")));
    }

    [Fact]
    public void A_multi_targeting_project_lints_once()
    {
        var project = new ConsumerProject(_feed, targetFrameworks: "net8.0;net10.0");
        project.Write("deploy/api.yaml", Deployment);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Single(build.Diagnostics, d => d.Code == "KS1001");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(build.Output, @"KubeSec: \d+ finding"));
        Assert.True(File.Exists(Path.Combine(project.Directory, "obj", "Debug", "kubesec.sarif")));
    }

    [Fact]
    public void An_invalid_setting_is_a_warning_and_the_default_is_used()
    {
        var project = new ConsumerProject(_feed, properties: "<KubeSecMode>strict</KubeSecMode>");
        project.Write("deploy/api.yaml", Deployment);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("KS0010", build.Output, System.StringComparison.Ordinal);
        Assert.Contains("KubeSecMode='strict' is not a valid value", build.Output, System.StringComparison.Ordinal);
        Assert.Equal("warning", Assert.Single(build.Diagnostics, d => d.Code == "KS1001").Level);
    }

    [Fact]
    public void Linux_x64_loads_the_precompiled_task_and_the_portable_task_works_too()
    {
        var project = new ConsumerProject(_feed);
        project.Write("deploy/api.yaml", Deployment);

        var precompiled = project.Build("-v:d");
        var portableTask = Path.Combine(_feed.PackagesFolder, "kubesec.build", _feed.Version.ToLowerInvariant(), "tasks", "net10.0", "KubeSec.Build.dll");
        var portable = project.Build("--no-incremental -p:KubeSecTaskAssembly=\"" + portableTask + "\"");

        Assert.True(precompiled.ExitCode == 0, precompiled.Output);
        if (System.OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Contains("/tasks/net10.0-linux-x64/KubeSec.Build.dll", precompiled.Output, System.StringComparison.Ordinal);
        }

        Assert.Contains(precompiled.Diagnostics, d => d.Code == "KS1001");
        Assert.True(portable.ExitCode == 0, portable.Output);
        Assert.Equal((15, 25, 15, 29), Assert.Single(portable.Diagnostics, d => d.Code == "KS1001").At);
    }
}
