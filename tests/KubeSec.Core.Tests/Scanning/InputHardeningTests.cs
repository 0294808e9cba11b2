using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Scanning;
using KubeSec.Tests.Text;
using KubeSec.Text;

namespace KubeSec.Tests.Scanning;

/// <summary>Hostile inputs of the input layer (issue 9): what a pull request can put in the tree, and must not hang, exhaust or silence the lint.</summary>
public sealed class InputHardeningTests : IDisposable
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: app:1.0\n    securityContext:\n      privileged: true\n";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static ScanResult ScanAll(DiscoveredFiles files) => new Scanner(new ScanOptions { Parallelism = 1 }).Scan(files);

    private static Finding Only(ScanResult result, string ruleId) => Assert.Single(result.Findings, f => f.RuleId == ruleId);

    // 1. FIFOs and other non-regular files are never opened.

    [UnixFact(Timeout = 60000)]
    public async Task A_fifo_named_as_a_manifest_or_dockerfile_is_reported_not_opened()
    {
        var manifest = SpecialFiles.Fifo(Path.Combine(_files.Root, "x.yaml"));
        var dockerfile = SpecialFiles.Fifo(Path.Combine(_files.Root, "Dockerfile"));
        var good = _files.Write("pod.yaml", Pod);

        var result = await Task.Run(() => new Scanner().Scan(new[] { manifest, good }, new[] { dockerfile }));

        var fifoFindings = result.Findings.Where(f => f.FilePath != good).ToList();
        Assert.Equal(new[] { "KS0013", "KS0013" }, fifoFindings.Select(f => f.RuleId));
        Assert.All(fifoFindings, f => Assert.Contains("FIFO", f.Message, StringComparison.Ordinal));
        Assert.Contains("Remove it from the KubeSecManifest", fifoFindings[0].Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.FilePath == good && f.RuleId == "KS1001");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "KS7001" || f.RuleId == "KS0008");
    }

    [UnixFact(Timeout = 60000)]
    public async Task The_walk_reports_a_fifo_or_socket_with_a_manifest_name_and_skips_other_names()
    {
        SpecialFiles.Fifo(Path.Combine(_files.Root, "deploy", "x.yaml"));
        SpecialFiles.Fifo(Path.Combine(_files.Root, "deploy", "pipe"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_files.Root, "deploy", "agent.sock")));
        using var named = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        named.Bind(new UnixDomainSocketEndPoint(Path.Combine(_files.Root, "deploy", "s.yml")));

        var result = await Task.Run(() => ScanAll(FileDiscovery.Discover(new[] { _files.Root })));

        Assert.Equal(new[] { "x.yaml: KS0013 FIFO", "s.yml: KS0013 socket" }.OrderBy(x => x, StringComparer.Ordinal),
            result.Findings.Select(f => Path.GetFileName(f.FilePath) + ": " + f.RuleId + (f.Message.Contains("FIFO", StringComparison.Ordinal) ? " FIFO" : " socket")).OrderBy(x => x, StringComparer.Ordinal));
    }

    // 2. Devices, and the size limit on what is read.

    [UnixFact(Timeout = 60000)]
    public async Task Links_to_endless_devices_are_reported_and_the_other_files_keep_their_findings()
    {
        var zero = SpecialFiles.Link(Path.Combine(_files.Root, "zero.yaml"), "/dev/zero");
        var random = SpecialFiles.Link(Path.Combine(_files.Root, "Dockerfile"), "/dev/urandom");
        var good = _files.Write("pod.yaml", Pod);

        var result = await Task.Run(() => new Scanner().Scan(new[] { zero, good, "/dev/zero" }, new[] { random }));

        foreach (var device in new[] { zero, random, "/dev/zero" })
        {
            var finding = Assert.Single(result.Findings, f => f.FilePath == device);
            Assert.Equal("KS0013", finding.RuleId);
            Assert.Contains("character device", finding.Message, StringComparison.Ordinal);
        }

        Assert.Contains("'/dev/urandom'", result.Findings.Single(f => f.FilePath == random).Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.FilePath == good && f.RuleId == "KS1001");
    }

    [UnixFact(Timeout = 60000)]
    public async Task The_size_limit_is_on_the_bytes_read_not_on_the_claimed_length()
    {
        // /proc files claim a length of 0 and still hold text: the claim must not be trusted either way.
        var status = await Task.Run(() => SourceFile.Read("/proc/self/status"));
        Assert.Equal(SourceFileProblemKind.None, status.Problem);
        Assert.Contains("Name:", status.Text, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);

        var limited = await Task.Run(() => SourceFile.Read("/proc/self/status", maxBytes: 16));
        Assert.Equal(SourceFileProblemKind.TooLarge, limited.Problem);
        Assert.Null(limited.Text);
        Assert.Contains("more than the 16 bytes limit", limited.ProblemDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_file_over_the_limit_gets_KS0003_named()
    {
        var big = _files.Write("big.yaml", Pod + new string('#', 5000) + "\n");
        var good = _files.Write("pod.yaml", Pod);

        var result = new Scanner(new ScanOptions { MaxFileBytes = 4096 }).Scan(new[] { big, good }, Array.Empty<string>());

        var tooLarge = Assert.Single(result.Findings, f => f.FilePath == big);
        Assert.Equal("KS0003", tooLarge.RuleId);
        Assert.Contains("over the 4096 bytes limit", tooLarge.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.FilePath == good && f.RuleId == "KS1001");
        Assert.Equal(SourceFileProblemKind.None, SourceFile.Read(good, maxBytes: new FileInfo(good).Length).Problem);
    }

    // 3. The folder walk and the link policy.

    [UnixFact(Timeout = 60000)]
    public async Task Self_links_and_a_link_to_the_root_folder_do_not_multiply_the_walk()
    {
        _files.Write("deploy/pod.yaml", Pod);
        _files.Write("deploy/sub/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n");
        SpecialFiles.Link(Path.Combine(_files.Root, "deploy", "a"), ".");
        SpecialFiles.Link(Path.Combine(_files.Root, "deploy", "b"), ".");
        SpecialFiles.Link(Path.Combine(_files.Root, "deploy", "sub", "up"), "..");
        var slash = SpecialFiles.Link(Path.Combine(_files.Root, "deploy", "everything"), "/");

        var found = await Task.Run(() => FileDiscovery.Discover(new[] { Path.Combine(_files.Root, "deploy") }));

        Assert.Equal(new[] { "pod.yaml", "svc.yaml" }, found.Manifests.Select(Path.GetFileName));
        Assert.Equal(Path.Combine(_files.Root, "deploy", "pod.yaml"), found.Manifests[0]);
        var outside = Assert.Single(found.Findings);
        Assert.Equal("KS0014", outside.RuleId);
        Assert.Equal(slash, outside.FilePath);
        Assert.Contains("leads to '/'", outside.Message, StringComparison.Ordinal);
        Assert.Contains("name it explicitly", outside.Message, StringComparison.Ordinal);

        var result = ScanAll(found);
        Assert.Single(result.Findings, f => f.RuleId == "KS1001");
        Assert.Single(result.Findings, f => f.RuleId == "KS0014");
    }

    [UnixFact(Timeout = 60000)]
    public async Task File_links_out_of_the_root_are_reported_links_inside_are_read_once_and_explicit_paths_are_followed()
    {
        using var outside = new TestFiles();
        var secret = outside.Write("credentials", "AWS_ACCESS_KEY_ID=AKIAEXAMPLE\n");
        var outsideManifests = outside.Write("shared/pod.yaml", Pod);
        var pod = _files.Write("repo/pod.yaml", Pod);
        var dockerfileLink = SpecialFiles.Link(Path.Combine(_files.Root, "repo", "Dockerfile"), secret);
        SpecialFiles.Link(Path.Combine(_files.Root, "repo", "same.yaml"), pod);
        var folderLink = SpecialFiles.Link(Path.Combine(_files.Root, "repo", "shared"), Path.GetDirectoryName(outsideManifests)!);
        var repo = Path.Combine(_files.Root, "repo");

        var found = await Task.Run(() => FileDiscovery.Discover(new[] { repo }));

        Assert.Equal(new[] { pod }, found.Manifests);
        Assert.Empty(found.Dockerfiles);
        Assert.Equal(new[] { dockerfileLink, folderLink }, found.Findings.Select(f => f.FilePath).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(found.Findings, f => Assert.Equal("KS0014", f.RuleId));
        Assert.DoesNotContain(ScanAll(found).Findings, f => f.Message.Contains("AKIA", StringComparison.Ordinal));

        // Named explicitly, the same links are the user's choice.
        var chosen = FileDiscovery.Discover(new[] { folderLink, dockerfileLink });
        Assert.Equal(new[] { Path.Combine(folderLink, "pod.yaml") }, chosen.Manifests);
        Assert.Equal(new[] { dockerfileLink }, chosen.Dockerfiles);
        Assert.Empty(chosen.Findings);
    }

    [UnixFact]
    public void The_link_policy_reports_the_outermost_link_that_leaves_the_root()
    {
        using var outside = new TestFiles();
        var target = outside.Write("manifests/deep/pod.yaml", Pod);
        var repo = Path.Combine(_files.Root, "repo");
        var inside = _files.Write("repo/k8s/pod.yaml", Pod);
        var folderLink = SpecialFiles.Link(Path.Combine(repo, "ext"), Path.Combine(outside.Root, "manifests"));
        var viaFolderLink = Path.Combine(folderLink, "deep", "pod.yaml");
        var innerLink = SpecialFiles.Link(Path.Combine(repo, "k8s", "again.yaml"), inside);

        Assert.Null(LinkPolicy.Check(inside, repo));
        Assert.Null(LinkPolicy.Check(innerLink, repo));
        Assert.Null(LinkPolicy.Check(target, repo)); // not under the root at all: named explicitly
        Assert.Null(LinkPolicy.Check(Path.Combine(repo, "missing.yaml"), repo));
        var finding = LinkPolicy.Check(viaFolderLink, repo);
        Assert.NotNull(finding);
        Assert.Equal("KS0014", finding!.RuleId);
        Assert.Equal(folderLink, finding.FilePath);

        var findings = new List<Finding>();
        var kept = LinkPolicy.Filter(new[] { inside, viaFolderLink, Path.Combine(folderLink, "deep", "other.yaml"), innerLink }, repo, findings);
        Assert.Equal(new[] { inside }, kept); // innerLink is the same real file
        Assert.Equal(new[] { innerLink }, LinkPolicy.Filter(new[] { innerLink, inside }, repo, new List<Finding>()));
        Assert.Equal(folderLink, Assert.Single(findings).FilePath);
    }

    [UnixFact]
    public void A_link_target_with_a_line_break_cannot_start_a_new_log_line()
    {
        using var outside = new TestFiles();
        var target = outside.Write("a\n::error file=Program.cs,line=1::owned.yaml", Pod);
        SpecialFiles.Link(Path.Combine(_files.Root, "evil.yaml"), target);

        var finding = Assert.Single(FileDiscovery.Discover(new[] { _files.Root }).Findings);

        Assert.Equal("KS0014", finding.RuleId);
        Assert.DoesNotContain('\n', finding.Message);
        Assert.Contains("a\\n::error", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a", "/a", true)]
    [InlineData("/a/b", "/a/", true)]
    [InlineData("/ab", "/a", false)]
    [InlineData("/etc/passwd", "/", true)]
    [InlineData("/a", "/a/b", false)]
    public void Under_a_folder_means_below_it_on_a_separator(string path, string folder, bool expected) =>
        Assert.Equal(expected, LinkPolicy.IsUnder(path, folder));

    // 4. Folders that cannot be listed.

    [Fact]
    public void A_folder_that_cannot_be_listed_is_reported_with_its_path()
    {
        _files.Write("deploy/pod.yaml", Pod);
        var locked = Directory.CreateDirectory(Path.Combine(_files.Root, "locked")).FullName;
        string[] List(string folder) => folder == locked ? throw new UnauthorizedAccessException("Access to the path is denied.") : Directory.GetFileSystemEntries(folder);

        var found = FileDiscovery.Discover(new[] { _files.Root }, List);

        Assert.Single(found.Manifests);
        var finding = Assert.Single(found.Findings);
        Assert.Equal("KS0009", finding.RuleId);
        Assert.Equal(locked, finding.FilePath);
        Assert.Contains("cannot be listed (access is denied)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(ScanAll(found).Findings, f => f.RuleId == "KS0009" && f.FilePath == locked);
    }

    [NonRootUnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_without_read_permission_is_reported()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_files.Root, "locked")).FullName;
        _files.Write("locked/pod.yaml", Pod);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var found = FileDiscovery.Discover(new[] { _files.Root });
            Assert.Equal(locked, Assert.Single(found.Findings, f => f.RuleId == "KS0009").FilePath);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    // 5. JSON manifests.

    [Fact]
    public void Json_manifests_are_found_and_linted_and_other_json_is_silent_even_when_broken()
    {
        var pod = _files.Write("k8s/pod.json", "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Pod\",\n\t\"metadata\": {\"name\": \"j\"},\n\t\"spec\": {\n\t\t\"containers\": [{\"name\": \"c\", \"image\": \"app:1.0\", \"securityContext\": {\"privileged\": true}}]\n\t}\n}\n");
        var broken = _files.Write("k8s/broken.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\" \"metadata\": {}}\n");
        _files.Write("package.json", "{\n  \"name\": \"web\",\n  \"scripts\": {\"build\": \"tsc\"}\n}\n");
        _files.Write("tsconfig.json", "{\n  // comments are fine in tsconfig\n  \"compilerOptions\": {\"strict\": true,},\n}\n");
        _files.Write("appsettings.json", "{\"Logging\": {\"LogLevel\": {\"Default\": \"Information\"}}, \"kind\": \"x\"}\n");
        _files.Write("Properties/launchSettings.json", "{\"profiles\": {\"web\": {\"commandName\": \"Project\", \"apiVersion\": 1}}}\n");
        _files.Write("arm.json", "{\"resources\": [{\"apiVersion\": \"2021-01-01\", \"kind\": \"StorageV2\"}]}\n");
        _files.Write("weird.json", "\u0001\u0002 not json at all {{{ [[[");
        _files.WriteBytes("binary.json", new byte[] { 0x7B, 0x00, 0x01, 0x02 });

        var found = FileDiscovery.Discover(new[] { _files.Root });
        Assert.Equal(9, found.Manifests.Count);
        var result = ScanAll(found);

        Assert.All(result.Findings, f => Assert.True(f.FilePath == pod || f.FilePath == broken, f.FilePath + ": " + f.Message));
        Assert.Contains(result.Findings, f => f.FilePath == pod && f.RuleId == "KS1001");
        Assert.DoesNotContain(result.Findings, f => f.FilePath == pod && f.RuleId == "KS0001");
        Assert.Equal("KS0001", Assert.Single(result.Findings, f => f.FilePath == broken).RuleId);
    }

    [Fact]
    public void No_spelling_of_the_type_keys_hides_a_json_object()
    {
        // kubectl decodes JSON escapes in keys: "api\u0056ersion" is apiVersion.
        var pod = _files.Write("pod.json", "{\"api\\u0056ersion\": \"v1\", \"\\u006bind\": \"Pod\", \"metadata\": {\"name\": \"e\"}, \"spec\": {\"containers\": [{\"name\": \"c\", \"image\": \"app:1.0\", \"securityContext\": {\"privileged\": true}}]}}\n");

        var result = ScanAll(FileDiscovery.Discover(new[] { _files.Root }));

        Assert.Contains(result.Findings, f => f.FilePath == pod && f.RuleId == "KS1001");
    }

    [Fact]
    public void A_json_file_over_the_limit_is_reported_only_when_it_starts_like_a_kubernetes_object()
    {
        var padding = new string(' ', 5000);
        var list = _files.Write("dump.json", "{\"apiVersion\": \"v1\", \"items\": [" + padding + "], \"kind\": \"List\"}\n");
        _files.Write("package-lock.json", "{\"name\": \"web\", \"packages\": {" + padding + "}}\n");

        var result = new Scanner(new ScanOptions { MaxFileBytes = 4096 }).Scan(FileDiscovery.Discover(new[] { _files.Root }));

        Assert.Equal(list, Only(result, "KS0003").FilePath);
        Assert.Single(result.Findings);
    }

    [Theory]
    [InlineData("{\"name\": \"web\", \"lockfileVersion\": 3}", true)]
    [InlineData("{\"apiVersion\": 1}", false)]
    [InlineData("{\"api\\u0056ersion\": 1}", false)]
    [InlineData("\"apiVersion\"", false)]
    public void Only_text_without_the_word_and_without_escapes_is_not_parsed(string text, bool cannot) =>
        Assert.Equal(cannot, JsonManifestText.CannotHoldObject(text));

    [Theory]
    [InlineData("{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}", true)]
    [InlineData("  \n{ \"kind\" : \"Pod\", \"metadata\": {\"apiVersion\": 1}, \"apiVersion\"\n: \"v1\" }", true)]
    [InlineData("{\"metadata\": {\"apiVersion\": \"v1\", \"kind\": \"Pod\"}}", false)]
    [InlineData("{\"apiVersion\": \"v1\", \"note\": \"kind\"}", false)]
    [InlineData("{/* \"apiVersion\": 1, */ \"kind\": \"Pod\"}", false)]
    [InlineData("{\"a\": \"\\\"apiVersion\\\": 1\", \"kind\": 2}", false)]
    [InlineData("apiVersion: v1\nkind: Pod\n", true)]
    [InlineData("[{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}]", false)]
    [InlineData("", false)]
    [InlineData("{\"apiVersion\": \"v1\", \"kind\": \"Pod\" broken", true)]
    public void A_json_text_looks_like_a_kubernetes_object_by_its_root_keys(string text, bool expected) =>
        Assert.Equal(expected, JsonManifestText.LooksLikeKubernetesObject(text));

    // 6. Helm charts.

    [Theory]
    [InlineData("")]
    [InlineData("# not a chart\n")]
    [InlineData("apiVersion: v2\nname: web\n")]
    [InlineData("apiVersion: v2\nversion: 1.0.0\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("{{ broken\n")]
    public void Templates_beside_a_chart_file_helm_would_refuse_are_linted_as_manifests(string chartFile)
    {
        _files.Write("web/Chart.yaml", chartFile);
        var pod = _files.Write("web/templates/pod.yaml", Pod);

        var result = ScanAll(FileDiscovery.Discover(new[] { _files.Root }));

        Assert.False(HelmChart.IsChart(Path.Combine(_files.Root, "web")));
        Assert.Contains(result.Findings, f => f.FilePath == pod && f.RuleId == "KS1001");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "KS0015");
    }

    [Fact]
    public void A_real_chart_is_said_once_at_its_chart_file_and_its_templates_are_left_out()
    {
        var chartFile = _files.Write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.2.3\n");
        _files.Write("charts/web/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n");
        _files.Write("charts/web/templates/service.yaml", "{{- if .Values.service }}\nkind: Service\n{{- end }}\n");
        var plain = _files.Write("charts/web/templates/sub/pod.yaml", Pod);
        _files.Write("charts/web/values.yaml", "image: app\n");
        _files.Write("charts/db/Chart.yaml", "apiVersion: v1\nname: db\nversion: 0.1.0\n");
        _files.Write("charts/db/templates/a.yaml", "kind: {{ .Values.kind }}\n");

        var result = ScanAll(FileDiscovery.Discover(new[] { _files.Root }));

        var notices = result.Findings.Where(f => f.RuleId == "KS0015").ToList();
        Assert.Equal(new[] { Path.Combine(_files.Root, "charts", "db", "Chart.yaml"), chartFile }, notices.Select(f => f.FilePath));
        Assert.All(notices, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains("the chart's templates are not linted until rendered (2 files under templates/", notices[1].Message, StringComparison.Ordinal);
        Assert.Contains("(1 file under templates/", notices[0].Message, StringComparison.Ordinal);

        // A file under templates/ without a single template action renders to itself: a chart cannot hide a plain manifest.
        Assert.Contains(result.Findings, f => f.FilePath == plain && f.RuleId == "KS1001");
        Assert.All(result.Findings, f => Assert.True(f.RuleId == "KS0015" || f.FilePath == plain, f.FilePath));
        Assert.Equal(4, result.FilesScanned); // the plain template, two Chart.yaml and a values.yaml (silent: not objects)
    }

    [UnixFact(Timeout = 60000)]
    public async Task A_chart_file_that_is_a_fifo_makes_no_chart_and_does_not_block()
    {
        SpecialFiles.Fifo(Path.Combine(_files.Root, "web", "Chart.yaml"));
        var pod = _files.Write("web/templates/pod.yaml", Pod);

        var result = await Task.Run(() => ScanAll(FileDiscovery.Discover(new[] { _files.Root })));

        Assert.Contains(result.Findings, f => f.FilePath == pod && f.RuleId == "KS1001");
        Assert.Contains(result.Findings, f => f.RuleId == "KS0013" && f.FilePath.EndsWith("Chart.yaml", StringComparison.Ordinal));
    }

    // 7. One file's internal failure stays that file's finding.

    private sealed class ThrowingRule : ManifestRule
    {
        public static readonly RuleDescriptor Rule = new("KS9101", "Throwing", "test", Severity.Low, RuleCategory.Reliability);

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(KubernetesObject obj, FindingSink sink)
        {
            if (obj.Name == "boom")
            {
                throw new InvalidOperationException("bad state\n::error file=Program.cs,line=1::injected\u001b[31m" + new string('x', 500));
            }

            sink.Report(Rule, obj.Root.HeadRegion, "x", "seen " + obj.Name, obj.Reference);
        }
    }

    private sealed class ThrowingCrossObjectRule : CrossObjectRule
    {
        public static readonly RuleDescriptor Rule = new("KS9102", "ThrowingCross", "test", Severity.Low, RuleCategory.Reliability);

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(ObjectIndex objects, FindingSink sink) => throw new NullReferenceException("cross");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_rule_that_throws_on_one_file_costs_only_that_file(int parallelism)
    {
        var paths = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p" + i + "}\n";
            if (i == 7)
            {
                text = "apiVersion: v1\nkind: Pod\nmetadata: {name: boom}\n---\n" + text + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: boom}\n";
            }

            paths.Add(_files.Write("m" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".yaml", text));
        }

        var catalog = new RuleCatalog(new Rule[] { new ThrowingRule(), new ThrowingCrossObjectRule() });
        var result = new Scanner(new ScanOptions { Parallelism = parallelism }, catalog).Scan(paths, Array.Empty<string>());

        Assert.True(result.HasInternalErrors);
        Assert.Equal(20, result.Findings.Count(f => f.RuleId == "KS9101")); // the file that threw keeps its other object's finding
        var internalErrors = result.Findings.Where(f => f.RuleId == "KS0000").ToList();
        Assert.Equal(2, internalErrors.Count);
        var fileFailure = Assert.Single(internalErrors, f => f.FilePath == paths[7]);
        Assert.Contains("the rule KS9101 for this file (InvalidOperationException: bad state", fileFailure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', fileFailure.Message);
        Assert.DoesNotContain('\u001b', fileFailure.Message);
        Assert.True(fileFailure.Message.Length < 500, fileFailure.Message);
        Assert.Contains(internalErrors, f => f.Message.Contains("cross-object rule KS9102 (NullReferenceException: cross)", StringComparison.Ordinal));
        Assert.False(new Scanner(new ScanOptions(), new RuleCatalog(Array.Empty<Rule>())).Scan(paths, Array.Empty<string>()).HasInternalErrors);
    }

    private sealed class ThrowingDockerfileRule : DockerfileRule
    {
        public static readonly RuleDescriptor Rule = new("KS9103", "ThrowingDockerfile", "test", Severity.Low, RuleCategory.Dockerfile);

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(KubeSec.Dockerfiles.Dockerfile dockerfile, FindingSink sink) => throw new FormatException("dockerfile rule");
    }

    [Fact]
    public void A_dockerfile_rule_that_throws_is_a_KS0000_at_that_dockerfile_and_cannot_be_ignored_inline()
    {
        var dockerfile = _files.Write("Dockerfile", "# kubesec ignore=KS0000\nFROM alpine:3.20\n");
        var pod = _files.Write("pod.yaml", Pod);
        var catalog = new RuleCatalog(new Rule[] { new ThrowingDockerfileRule(), new ThrowingRule() });

        var result = new Scanner(new ScanOptions(), catalog).Scan(new[] { pod }, new[] { dockerfile });

        var failure = Assert.Single(result.Findings, f => f.RuleId == "KS0000");
        Assert.Equal(dockerfile, failure.FilePath);
        Assert.Contains("KS9103", failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.FilePath == pod && f.RuleId == "KS9101");
        Assert.True(result.HasInternalErrors);
    }

    // 8. UTF-32 and UTF-16 without a byte-order mark.

    public static TheoryData<string, byte[]> ForeignEncodings() => new()
    {
        { "UTF-32 (little-endian, with a byte-order mark)", new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, false).GetBytes(Pod)).ToArray() },
        { "UTF-32 (big-endian, with a byte-order mark)", new UTF32Encoding(true, true).GetPreamble().Concat(new UTF32Encoding(true, false).GetBytes(Pod)).ToArray() },
        { "UTF-32 (little-endian, without a byte-order mark)", new UTF32Encoding(false, false).GetBytes(Pod) },
        { "UTF-32 (big-endian, without a byte-order mark)", new UTF32Encoding(true, false).GetBytes(Pod) },
        { "UTF-16 (little-endian, without a byte-order mark)", Encoding.Unicode.GetBytes(Pod) },
        { "UTF-16 (big-endian, without a byte-order mark)", Encoding.BigEndianUnicode.GetBytes(Pod) },
    };

    [Theory]
    [MemberData(nameof(ForeignEncodings))]
    public void Utf32_and_utf16_without_a_bom_are_decoded_checked_and_said_to_need_utf8(string encoding, byte[] bytes)
    {
        var path = _files.WriteBytes("pod.yaml", bytes);

        var result = ScanAll(FileDiscovery.Discover(new[] { path }));

        var warning = Only(result, "KS0005");
        Assert.Contains("encoded as " + encoding, warning.Message, StringComparison.Ordinal);
        Assert.Contains("Save the file as UTF-8", warning.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == "KS1001");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "KS0001" || f.RuleId == "KS0004");
    }

    [Fact]
    public void Utf16_with_a_bom_is_text_kubectl_reads_and_binary_stays_binary()
    {
        var utf16 = _files.WriteBytes("pod16.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Pod)).ToArray());
        var binary = _files.WriteBytes("bin.yaml", new byte[] { 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04, 0x00 });

        var result = new Scanner().Scan(new[] { utf16, binary }, Array.Empty<string>());

        Assert.Contains(result.Findings, f => f.FilePath == utf16 && f.RuleId == "KS1001");
        Assert.DoesNotContain(result.Findings, f => f.FilePath == utf16 && f.RuleId.StartsWith("KS000", StringComparison.Ordinal));
        Assert.Equal("KS0004", Assert.Single(result.Findings, f => f.FilePath == binary).RuleId);
    }
}
