using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using KubeSec.Scanning;

namespace KubeSec.Benchmarks;

/// <summary>
/// <c>--corpus DIR [BenchmarkDotNet args]</c>: in-process benchmarks (scan vs parse-only, a 500-line Dockerfile).
/// <c>cold-scan DIR</c> / <c>cold-parse DIR</c>: one pass in a fresh process, printing its wall time,
/// for the cold comparison in build/measure-scan.sh.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && (args[0] == "cold-scan" || args[0] == "cold-parse"))
        {
            var clock = Stopwatch.StartNew();
            var files = FileDiscovery.Discover(new[] { args[1] });
            var count = args[0] == "cold-scan"
                ? new Scanner(new ScanOptions { IncludeOptInRules = true }).Scan(files.Manifests, files.Dockerfiles).Findings.Count
                : ParseOnly.Run(files.Manifests);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1:0.000} s ({2})", args[0], clock.Elapsed.TotalSeconds, count));
            return 0;
        }

        var corpusIndex = Array.IndexOf(args, "--corpus");
        if (corpusIndex >= 0 && corpusIndex + 1 < args.Length)
        {
            Environment.SetEnvironmentVariable(CorpusBenchmarks.CorpusVariable, Path.GetFullPath(args[corpusIndex + 1]));
            args = args.Where((_, i) => i != corpusIndex && i != corpusIndex + 1).ToArray();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args, DefaultConfig.Instance);
        return 0;
    }
}
