using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using KubeSec.Dockerfiles;
using KubeSec.Manifests;
using KubeSec.Rules;
using KubeSec.Scanning;
using KubeSec.Text;

namespace KubeSec.Tests.Fuzzing;

/// <summary>One input that broke a bound: an exception escaped the engine, it ran too long, or it allocated too much.</summary>
public sealed record FuzzFailure(int Iteration, FuzzTarget Target, string Mutations, byte[] Input, string Problem)
{
    /// <summary>For a test message: what happened and a short, escaped prefix of the input.</summary>
    public override string ToString()
    {
        var prefix = Encoding.UTF8.GetString(Input, 0, Math.Min(Input.Length, 160));
        var escaped = new StringBuilder();
        foreach (var c in prefix)
        {
            escaped.Append(c is >= ' ' and < '\u007f' ? c.ToString() : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return "#" + Iteration.ToString(CultureInfo.InvariantCulture) + " " + Target + " (" + Mutations + ", " + Input.Length.ToString(CultureInfo.InvariantCulture) + " bytes): "
            + Problem + "\n  input starts: " + escaped;
    }
}

/// <summary>What a run may spend per input.</summary>
public sealed class FuzzBounds
{
    /// <summary>
    /// Wall time one input may take before it counts as a hang. Generous on purpose (a shared, noisy
    /// machine): it catches hangs and blow-ups, not slowness; the benchmarks measure speed.
    /// </summary>
    public TimeSpan PerInput { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bytes one input may allocate (all targets together); inputs are at most half a megabyte.</summary>
    public long AllocatedBytes { get; init; } = 1L << 30;

    /// <summary>
    /// The stack of the thread each input runs on: 1 MB, the smallest default a host gives (a Windows main
    /// thread), so recursion that a bigger stack would hide still shows.
    /// </summary>
    public int StackBytes { get; init; } = 1024 * 1024;
}

/// <summary>
/// Runs mutated inputs through the YAML loader and the manifest scan, the Dockerfile parser and the
/// Dockerfile scan, and the variable expander, each input on a worker thread so a hang is noticed and
/// reported rather than waited for. Deterministic for a seed: iteration i always builds the same input.
/// </summary>
public sealed class FuzzHarness
{
    private readonly FuzzCorpus _corpus;
    private readonly FuzzLimits _limits;
    private readonly FuzzBounds _bounds;

    // Every rule but KS7190, which starts a shellcheck process per Dockerfile.
    private readonly Scanner _scanner = new(
        new ScanOptions { IncludeOptInRules = true, Parallelism = 1 },
        new RuleCatalog(RuleCatalog.Default.All.Where(rule => rule.Descriptor.Id != "KS7190")));

    public FuzzHarness(FuzzCorpus corpus, FuzzLimits? limits = null, FuzzBounds? bounds = null)
    {
        _corpus = corpus;
        _limits = limits ?? FuzzLimits.ContinuousIntegration;
        _bounds = bounds ?? new FuzzBounds();
    }

    /// <summary>
    /// Called before each input runs, with the input: the long-run console writes it to disk there, so an
    /// input that kills the process (a stack overflow) is left behind.
    /// </summary>
    public Action<int, FuzzTarget, byte[]>? BeforeInput { get; init; }

    /// <summary>Called after each input that passed.</summary>
    public Action<int, FuzzTarget>? AfterInput { get; init; }

    /// <summary>Runs <paramref name="iterations"/> inputs from <paramref name="seed"/>; stops at the first hang (its thread cannot be stopped).</summary>
    public IReadOnlyList<FuzzFailure> Run(int iterations, int seed)
    {
        var failures = new List<FuzzFailure>();
        var mutator = new FuzzMutator(seed, _corpus.All, _limits);
        for (var i = 0; i < iterations; i++)
        {
            var target = (FuzzTarget)(i % 3);
            var seeds = _corpus.Seeds(target);
            var (input, mutations) = mutator.Mutate(seeds[mutator.Next(seeds.Count)]);
            BeforeInput?.Invoke(i, target, input);
            var (problem, hung) = RunOne(target, input);
            if (problem is not null)
            {
                failures.Add(new FuzzFailure(i, target, mutations, input, problem));
                if (hung)
                {
                    break;
                }
            }
            else
            {
                AfterInput?.Invoke(i, target);
            }
        }

        return failures;
    }

    /// <summary>The problem with one input (null when none), and whether its thread is still running.</summary>
    public (string? Problem, bool Hung) RunOne(FuzzTarget target, byte[] input)
    {
        string? problem = null;
        long allocated = 0;
        var worker = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                Feed(target, input);
            }
#pragma warning disable CA1031 // Any exception escaping the engine is the finding the harness exists for.
            catch (Exception error)
#pragma warning restore CA1031
            {
                problem = error.GetType().FullName + ": " + error.Message + "\n" + error.StackTrace;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: _bounds.StackBytes)
        {
            IsBackground = true,
            Name = "fuzz input",
        };

        var clock = Stopwatch.StartNew();
        worker.Start();
        if (!worker.Join(_bounds.PerInput))
        {
            return ("still running after " + _bounds.PerInput.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s (a hang or superlinear blow-up)", true);
        }

        if (problem is null && allocated > _bounds.AllocatedBytes)
        {
            problem = "allocated " + allocated.ToString(CultureInfo.InvariantCulture) + " bytes, over the cap of " + _bounds.AllocatedBytes.ToString(CultureInfo.InvariantCulture)
                + " (in " + clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s)";
        }

        return (problem, false);
    }

    private void Feed(FuzzTarget target, byte[] input)
    {
        // The bytes go to the loaders through SourceFile, as a file on disk would (BOMs, invalid UTF-8, NULs);
        // the scan gets the text as decoded with replacement characters, as an editor would hand it over.
        var text = Encoding.UTF8.GetString(input);
        switch (target)
        {
            case FuzzTarget.Manifest:
                ManifestLoader.Load(SourceFile.FromBytes("fuzz.yaml", input));
                _scanner.ScanManifestText("fuzz.yaml", text);
                break;
            case FuzzTarget.Dockerfile:
                DockerfileParser.Parse(SourceFile.FromBytes("Dockerfile", input));
                _scanner.ScanDockerfileText("Dockerfile", text);
                break;
            default:
                Expand(text);
                break;
        }
    }

    /// <summary>Expands every line with the values the input's own ARG and ENV lines give, under both escape characters.</summary>
    private static void Expand(string text)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["A"] = "a", ["B"] = null };
        var lines = text.Split('\n');
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            if ((trimmed.StartsWith("ARG ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("ENV ", StringComparison.OrdinalIgnoreCase)) && trimmed.IndexOf('=') is var equals and > 4)
            {
                var name = trimmed.Substring(4, equals - 4).Trim();
                var value = trimmed.Substring(equals + 1);
                VariableExpander.TryExpand(value, variables, '\\', out var expanded);

                // Kept short so that the harness's own bookkeeping never doubles without bound; the engine's
                // stage variables are fuzzed through the Dockerfile target.
                variables[name] = expanded.Length > 65_536 ? expanded.Substring(0, 65_536) : expanded;
            }

            VariableExpander.TryExpand(line, variables, '\\', out _);
            VariableExpander.TryExpand(line, variables, '`', out _);
            VariableExpander.HasVariables(line);
        }
    }
}
