using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using KubeSec.Scanning;

namespace KubeSec.Benchmarks;

/// <summary>The whole corpus: our scan (all rules, parallel and on one thread) against a YamlDotNet parse-only pass.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CorpusBenchmarks
{
    public const string CorpusVariable = "KUBESEC_BENCH_CORPUS";

    private IReadOnlyList<string> _manifests = Array.Empty<string>();
    private Scanner _parallel = null!;
    private Scanner _sequential = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable(CorpusVariable);
        if (string.IsNullOrEmpty(corpus) || !Directory.Exists(corpus))
        {
            throw new InvalidOperationException("Pass the corpus folder: --corpus ../shared/corpus/k8s");
        }

        _manifests = FileDiscovery.Discover(new[] { corpus }).Manifests;
        _parallel = new Scanner(new ScanOptions { IncludeOptInRules = true });
        _sequential = new Scanner(new ScanOptions { IncludeOptInRules = true, Parallelism = 1 });
    }

    [Benchmark(Baseline = true)]
    public int YamlDotNetParseOnly() => ParseOnly.Run(_manifests);

    [Benchmark]
    public int ScanOneThread() => _sequential.Scan(_manifests, Array.Empty<string>()).Findings.Count;

    [Benchmark]
    public int ScanParallel() => _parallel.Scan(_manifests, Array.Empty<string>()).Findings.Count;
}
