using System.IO;
using KubeSec.Model;
using KubeSec.Scanning;

namespace KubeSec.Tests.Scanning;

public sealed class FindingCacheTests : System.IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Round_trips_every_field_including_tabs_newlines_and_backslashes()
    {
        var manifest = _files.Write("a.yaml", "x: 1\n");
        var findings = new[]
        {
            new Finding("KS1001", Severity.Critical, "tab\there\nnewline \\ backslash", manifest, new SourceRegion(3, 4, 5, 6), "spec.containers[a\tb]", new ObjectReference("Pod", "ns", "p"), "c"),
            new Finding("KS0001", Severity.High, "no object", manifest, SourceRegion.At(1, 1), "line 1"),
        };
        var cache = Path.Combine(_files.Root, "obj", "cache");
        var stamp = FindingCache.ComputeStamp(new[] { manifest }, "options");

        FindingCache.Write(cache, stamp, findings);
        var read = FindingCache.TryRead(cache, stamp)!;

        Assert.Equal(2, read.Count);
        Assert.Equal(findings[0].Message, read[0].Message);
        Assert.Equal(findings[0].LogicalPath, read[0].LogicalPath);
        Assert.Equal(findings[0].Region, read[0].Region);
        Assert.Equal(Severity.Critical, read[0].Severity);
        Assert.Equal("Pod/ns/p", read[0].Object!.ToString());
        Assert.Equal("c", read[0].Container);
        Assert.Null(read[1].Object);
        Assert.Null(read[1].Container);
    }

    [Fact]
    public void The_stamp_changes_with_content_size_time_options_and_the_file_list()
    {
        var a = _files.Write("a.yaml", "x: 1\n");
        var b = _files.Write("b.yaml", "y: 2\n");
        var original = FindingCache.ComputeStamp(new[] { a, b }, "options");

        Assert.Equal(original, FindingCache.ComputeStamp(new[] { a, b }, "options"));
        Assert.NotEqual(original, FindingCache.ComputeStamp(new[] { a }, "options"));
        Assert.NotEqual(original, FindingCache.ComputeStamp(new[] { a, b }, "other options"));
        File.WriteAllText(b, "y: 22\n");
        Assert.NotEqual(original, FindingCache.ComputeStamp(new[] { a, b }, "options"));
        var resized = FindingCache.ComputeStamp(new[] { a, b }, "options");
        File.SetLastWriteTimeUtc(b, System.DateTime.UtcNow.AddMinutes(1));
        Assert.NotEqual(resized, FindingCache.ComputeStamp(new[] { a, b }, "options"));
        File.Delete(b);
        Assert.NotEqual(resized, FindingCache.ComputeStamp(new[] { a, b }, "options"));
    }

    [Fact]
    public void A_stale_missing_or_damaged_cache_reads_as_null()
    {
        var cache = Path.Combine(_files.Root, "cache");
        Assert.Null(FindingCache.TryRead(cache, "stamp"));

        FindingCache.Write(cache, "stamp", System.Array.Empty<Finding>());
        Assert.Null(FindingCache.TryRead(cache, "other stamp"));
        Assert.Empty(FindingCache.TryRead(cache, "stamp")!);

        File.AppendAllText(cache, "not\tenough\tfields\n");
        Assert.Null(FindingCache.TryRead(cache, "stamp"));
    }

    [Fact]
    public void An_incremental_scan_replays_until_an_input_or_the_sarif_file_changes()
    {
        var manifest = _files.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostIPC: true\n  containers: []\n");
        var sarif = Path.Combine(_files.Root, "obj", "kubesec.sarif");
        IncrementalScan Scan() => new() { Manifests = new[] { manifest }, SourceRoot = _files.Root, SarifPath = sarif, CachePath = Path.Combine(_files.Root, "obj", "cache") };

        var first = Scan().Run();
        var second = Scan().Run();
        File.Delete(sarif);
        var third = Scan().Run();

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Findings.Select(f => f.RuleId), second.Findings.Select(f => f.RuleId));
        Assert.False(third.FromCache);
        Assert.True(File.Exists(sarif));
    }

    [Fact]
    public void A_sarif_path_that_cannot_be_written_costs_no_finding_and_no_cache_is_left_to_hide_it()
    {
        var manifest = _files.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostIPC: true\n  containers: []\n");
        var folder = Path.Combine(_files.Root, "a-folder.sarif");
        Directory.CreateDirectory(folder);
        var cache = Path.Combine(_files.Root, "obj", "cache");

        var outcome = new IncrementalScan { Manifests = new[] { manifest }, SourceRoot = _files.Root, SarifPath = folder, CachePath = cache }.Run();

        Assert.Contains(outcome.Findings, f => f.RuleId == "KS1004");
        Assert.Contains("is a folder", Assert.Single(outcome.OutputFailures), System.StringComparison.Ordinal);
        Assert.False(File.Exists(cache));
        Assert.True(Directory.Exists(folder));
    }

    [KubeSec.Tests.Text.UnixFact(Timeout = 60000)]
    public async System.Threading.Tasks.Task A_cache_path_that_is_a_fifo_or_a_device_is_neither_read_nor_replaced()
    {
        var fifo = KubeSec.Tests.Text.SpecialFiles.Fifo(Path.Combine(_files.Root, "obj", "cache.fifo"));
        var toNull = KubeSec.Tests.Text.SpecialFiles.Link(Path.Combine(_files.Root, "obj", "cache.null"), "/dev/null");

        await System.Threading.Tasks.Task.Run(() =>
        {
            Assert.Null(FindingCache.TryRead(fifo, "stamp"));
            Assert.False(FindingCache.Write(fifo, "stamp", System.Array.Empty<Finding>()));
            Assert.False(FindingCache.Write(toNull, "stamp", System.Array.Empty<Finding>()));
        });

        var bashrc = _files.Write("home/.bashrc", "keep me");
        var planted = KubeSec.Tests.Text.SpecialFiles.Link(Path.Combine(_files.Root, "obj", "kubesec.findings.cache"), bashrc);
        Assert.False(FindingCache.Write(planted, "stamp", System.Array.Empty<Finding>()));
        Assert.Equal("keep me", File.ReadAllText(bashrc));

        Assert.Equal(KubeSec.Text.FileKind.Fifo, KubeSec.Text.FileKinds.Of(fifo, followLinks: false));
        Assert.Equal(KubeSec.Text.FileKind.SymbolicLink, KubeSec.Text.FileKinds.Of(toNull, followLinks: false));
        Assert.Equal(KubeSec.Text.FileKind.CharacterDevice, KubeSec.Text.FileKinds.Of("/dev/null", followLinks: false));
    }
}
