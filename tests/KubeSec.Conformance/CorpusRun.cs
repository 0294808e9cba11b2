using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using KubeSec.Scanning;

namespace KubeSec.Conformance;

/// <summary>Scans a corpus of real manifests with every rule: findings per rule, engine diagnostics, crashes, time.</summary>
internal static class CorpusRun
{
    public static int Run(string root, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var files = FileDiscovery.Discover(new[] { root });
        var result = new Scanner(new ScanOptions { IncludeOptInRules = true }).Scan(files.Manifests, files.Dockerfiles);
        clock.Stop();

        var bytes = files.Manifests.Concat(files.Dockerfiles).Sum(path => new FileInfo(path).Length);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "corpus: {0} files ({1:0.0} MB), {2} objects, {3} findings in {4:0.00} s ({5:0.0} MB/s, first run in this process: includes JIT)",
            result.FilesScanned, bytes / 1e6, result.ObjectsScanned, result.Findings.Count, clock.Elapsed.TotalSeconds, bytes / 1e6 / clock.Elapsed.TotalSeconds));
        foreach (var group in result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: {1} finding(s) in {2} file(s)", group.Key, group.Count(), group.Select(f => f.FilePath).Distinct().Count()));
        }

        foreach (var diagnostic in result.Findings.Where(f => f.RuleId.StartsWith("KS0", StringComparison.Ordinal)))
        {
            output.WriteLine("  engine: " + Path.GetRelativePath(root, diagnostic.FilePath) + diagnostic.Region + " " + diagnostic.RuleId + " " + diagnostic.Message);
        }

        var crashed = result.Findings.Any(f => f.RuleId == "KS0000");
        output.WriteLine(crashed ? "corpus: CRASH (KS0000 reported)" : "corpus: no crash");
        return crashed ? 1 : 0;
    }
}
