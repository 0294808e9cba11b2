using System.Linq;
using BenchmarkDotNet.Attributes;
using KubeSec.Rules;
using KubeSec.Scanning;
using KubeSec.Tests.Fuzzing;

namespace KubeSec.Benchmarks;

/// <summary>
/// Generated large inputs, each a stage that once was (or could be) superlinear: linted with every rule on one
/// thread, so the time is the engine's and grows with the input only as fast as the engine allows.
/// </summary>
[MemoryDiagnoser]
public class LargeInputBenchmarks
{
    private readonly Scanner _scanner = new(
        new ScanOptions { IncludeOptInRules = true, Parallelism = 1 },
        new RuleCatalog(RuleCatalog.Default.All.Where(rule => rule.Descriptor.Id != "KS7190")));

    private string _mapping = string.Empty;
    private string _deployments600 = string.Empty;
    private string _deployments2000 = string.Empty;
    private string _envPairs = string.Empty;
    private string _argUserLines = string.Empty;
    private string _nestedFlow = string.Empty;
    private string _nineMegabytes = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _mapping = LargeInputs.MappingWithKeys(200_000);
        _deployments600 = LargeInputs.DeploymentsWithBudgetsAndServices(600);
        _deployments2000 = LargeInputs.DeploymentsWithBudgetsAndServices(2_000);
        _envPairs = LargeInputs.DockerfileWithOneEnv(100_000);
        _argUserLines = LargeInputs.DockerfileWithArgAndUserLines(100_000);

        // The YAML depth limit is 512 levels; the document's own mappings take two of them.
        _nestedFlow = LargeInputs.NestedFlow(YamlDepthLimit - 2, documents: 200);
        _nineMegabytes = LargeInputs.ManifestOfSize(9 * 1024 * 1024);
    }

    private static int YamlDepthLimit => KubeSec.Yaml.YamlLimits.Default.MaxDepth;

    [Benchmark]
    public int MappingWith200000Keys() => _scanner.ScanManifestText("big.yaml", _mapping).Count;

    [Benchmark]
    public int Deployments600WithBudgetsAndServices() => _scanner.ScanManifestText("apps.yaml", _deployments600).Count;

    [Benchmark]
    public int Deployments2000WithBudgetsAndServices() => _scanner.ScanManifestText("apps.yaml", _deployments2000).Count;

    [Benchmark]
    public int DockerfileOneEnvWith100000Pairs() => _scanner.ScanDockerfileText("Dockerfile", _envPairs).Count;

    [Benchmark]
    public int Dockerfile100000ArgAndUserLines() => _scanner.ScanDockerfileText("Dockerfile", _argUserLines).Count;

    [Benchmark]
    public int NestedFlowYamlAtTheDepthLimit() => _scanner.ScanManifestText("nested.yaml", _nestedFlow).Count;

    [Benchmark]
    public int NineMegabyteManifest() => _scanner.ScanManifestText("nine.yaml", _nineMegabytes).Count;
}
