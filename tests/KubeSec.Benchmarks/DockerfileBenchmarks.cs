using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using KubeSec.Scanning;

namespace KubeSec.Benchmarks;

/// <summary>A 500-line multi-stage Dockerfile with long RUN chains, continuations and a heredoc, linted with all rules.</summary>
[MemoryDiagnoser]
public class DockerfileBenchmarks
{
    // Every rule but KS7190, which starts a shellcheck process: measured on its own below.
    private readonly Scanner _scanner = new(
        new ScanOptions { IncludeOptInRules = true },
        new KubeSec.Rules.RuleCatalog(KubeSec.Rules.RuleCatalog.Default.All.Where(rule => rule.Descriptor.Id != "KS7190")));

    private readonly Scanner _withShellCheck = new(new ScanOptions { IncludeOptInRules = true });
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=debian:12\n");
        var stage = 0;
        while (CountLines(text) < 490)
        {
            text.Append("FROM ${BASE} AS stage").Append(stage).Append('\n');
            text.Append("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends \\\n        curl ca-certificates git \\\n    # a comment inside the continuation\n    && rm -rf /var/lib/apt/lists/*\n");
            text.Append("COPY --from=stage").Append(stage == 0 ? 0 : stage - 1).Append(" /src /src\n");
            text.Append("RUN <<EOF\nset -e\necho building\nmake -C /src all\nEOF\n");
            text.Append("ENV PATH=/usr/local/bin:$PATH LANG=C.UTF-8\nWORKDIR /src\nUSER 10001\n");
            stage++;
        }

        text.Append("ENTRYPOINT [\"/src/app\"]\n");
        _text = text.ToString();
    }

    [Benchmark]
    public int Lint500Lines() => _scanner.ScanDockerfileText("Dockerfile", _text).Count;

    /// <summary>All rules and ShellCheck (one shellcheck process per Dockerfile) when shellcheck is on PATH.</summary>
    [Benchmark]
    public int Lint500LinesWithShellCheck() => _withShellCheck.ScanDockerfileText("Dockerfile", _text).Count;

    private static int CountLines(StringBuilder text)
    {
        var lines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}
