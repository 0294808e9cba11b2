using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using KubeSec.Dockerfiles;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Dockerfiles;

namespace KubeSec.Tests.Dockerfiles;

/// <summary>Bad input never throws, every finding points inside the file, and time stays linear.</summary>
public sealed class DockerfileParserPropertyTests
{
    private static readonly string[] Seeds =
    {
        "# syntax=docker/dockerfile:1\nARG TAG=8.0\nFROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${TAG} AS build\nRUN apt-get update && \\\n  # tools\n  apt-get install -y --no-install-recommends curl\nFROM build AS final\nUSER root\nCMD [\"dotnet\", \"app.dll\"]\n",
        "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app `\n  && echo done\nSHELL [\"powershell\", \"-Command\"]\n",
        "FROM debian:12\nRUN <<EOF\nset -e\napt-get install curl\ncat > /x <<CONF\ndata\nCONF\nEOF\nCOPY <<A /a <<-B /b\nfirst\nA\n\tsecond\n\tB\nUSER app\n",
        "FROM node\r\nRUN npm ci \\\r\n\r\n  && npm test\r\nENTRYPOINT ['node', 'x.js']\r\nUSER 0:0\r\n",
        "ARG X\nFROM ${X} AS a\nRUN yes | apt-get -qq install \"a b\" $(echo c) `d` || (exit 1) & wait\nFROM a\nENV U=root\nUSER ${U}\n",
    };

    private static readonly string[] Fragments =
    {
        "\\", "\"", "'", "`", "<<", "<<-", "<<EOF", "EOF", "\n", "\r\n", "\r", "[", "]", "{", "}", "${", "$", "(", ")", "#", " ", "\t",
        "&&", "||", "|", ";", "&", ">", "2>&1", "=", "--", "--platform=", "AS ", "FROM ", "RUN ", "USER root", "apt-get install ", "-y",
        "@sha256:", ":", "/", "\\\n", "\u00e9", "\uFEFF", "\0",
    };

    private static readonly DockerfileRule[] Rules =
    {
        new KS7001BaseImageNotPinned(), new KS7002RootUser(), new KS7003AptGetInstallWithoutYes(), new KS7004AptGetNoInstallRecommends(),
    };

    private static readonly Gen<(int Kind, int Where, string Fragment)> Mutation =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.OneOfConst(Fragments));

    [Fact]
    public void Random_mutations_never_throw_and_keep_findings_inside_the_file()
    {
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Mutation.Array[1, 12])
            .Sample((seed, mutations) => CheckOne(Mutate(Seeds[seed], mutations)), iter: 3000);
    }

    [Fact]
    public void Random_text_from_dockerfile_alphabets_never_throws()
    {
        Gen.OneOfConst(Fragments).Array[0, 60]
            .Sample(parts => CheckOne(string.Concat(parts)), iter: 3000);
    }

    /// <summary>The hostile inputs of issue 9, generated large: nesting, expansion bombs, quadratic shapes.</summary>
    private static readonly Lazy<string[]> LargeSeeds = new(() => new[]
    {
        "FROM alpine:" + string.Concat(Enumerable.Repeat("${A:-", 20000)) + "x" + new string('}', 20000) + "\nUSER root\n",
        "ARG A0=xx\n" + string.Concat(Enumerable.Range(1, 40).Select(i => "ARG A" + i + "=$A" + (i - 1) + "$A" + (i - 1) + "\n")) + "FROM alpine:$A40\nUSER $A40\n",
        "FROM alpine:3.20\nENV " + string.Join(" \\\n  ", Enumerable.Range(0, 20000).Select(i => "K" + i + "=$K" + (i == 0 ? 0 : i - 1) + "v")) + "\n",
        Repeat(i => "ARG A" + i + "=u" + i + "\nUSER $A" + i + "\n", 20000),
        "FROM alpine:3.20\nRUN " + string.Concat(Enumerable.Repeat("\"$(`", 10000)) + "\nCMD [\"a\", " + new string('[', 20000) + "\n",
    });

    [Fact(Timeout = 600_000)]
    public async Task Large_hostile_inputs_with_random_mutations_never_throw()
    {
        await Task.Run(() => Gen.Select(Gen.Int[0, LargeSeeds.Value.Length - 1], Mutation.Array[1, 6])
            .Sample((seed, mutations) => CheckOne(Mutate(LargeSeeds.Value[seed], mutations), RuleCatalog.Default.DockerfileRules.Where(r => r.Descriptor.Id != "KS7190").ToArray()), iter: 25, threads: 1));
    }

    /// <summary>Bounded by the runner, not by a stopwatch: a quadratic stage would take minutes here.</summary>
    [Fact(Timeout = 300_000)]
    public async Task Pathological_inputs_parse_in_linear_time()
    {
        var inputs = new[]
        {
            Repeat(i => "RUN cat <<A" + i + "\n", 20000),
            Repeat(_ => "RUN echo \\\n", 50000),
            "FROM a\nRUN " + new string('"', 200000) + "\n",
            "FROM a\nRUN " + string.Concat(Enumerable.Repeat("$(", 50000)) + "\n",
            "FROM a\nCMD " + new string('[', 100000) + "\n",
            Repeat(_ => "FROM a AS b\n", 20000),
            Repeat(_ => "# comment\n", 100000) + "FROM a\n",
            Repeat(i => "FROM s" + i + " AS s" + (i + 1) + "\nENV A" + i + "=1\n", 20000) + "USER $A1\n",
        };

        await Task.Run(() =>
        {
            foreach (var input in inputs)
            {
                CheckOne(input);
            }
        });
    }

    private static string Repeat(Func<int, string> line, int count)
    {
        var builder = new StringBuilder("FROM alpine:3.20\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append(line(i));
        }

        return builder.ToString();
    }

    private static string Mutate(string text, (int Kind, int Where, string Fragment)[] mutations)
    {
        var builder = new StringBuilder(text);
        foreach (var (kind, where, fragment) in mutations)
        {
            var at = builder.Length == 0 ? 0 : where % (builder.Length + 1);
            if (kind == 0 || builder.Length == 0)
            {
                builder.Insert(at, fragment);
            }
            else if (at < builder.Length)
            {
                builder.Remove(at, Math.Min(kind == 1 ? 1 + (where % 5) : fragment.Length, builder.Length - at));
                if (kind == 2)
                {
                    builder.Insert(at, fragment);
                }
            }
        }

        return builder.ToString();
    }

    private static void CheckOne(string text) => CheckOne(text, Rules);

    private static void CheckOne(string text, DockerfileRule[] rules)
    {
        var file = DockerfileParser.Parse("Dockerfile", text);
        var sink = new FindingSink(file.Path);
        foreach (var rule in rules)
        {
            rule.Check(file, sink);
        }

        foreach (var instruction in file.Instructions)
        {
            _ = instruction.ShellCommands.Count;
            _ = instruction.Words.Count;
        }

        var lines = text.TrimStart('\uFEFF').Split('\n');
        var lineCount = lines.Length > 1 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
        Assert.Equal(lineCount, file.LineCount);
        foreach (var finding in file.Diagnostics.Concat(sink.Findings))
        {
            AssertInside(finding.Region, lines, lineCount, finding.RuleId + " " + finding.Message);
        }

        foreach (var stage in file.Stages)
        {
            AssertInside(stage.BaseImageRegion, lines, lineCount, "stage " + stage.Index);
        }
    }

    private static void AssertInside(SourceRegion region, string[] lines, int lineCount, string what)
    {
        Assert.True(region.StartLine >= 1 && region.EndLine <= lineCount && region.StartLine <= region.EndLine, what + " at " + region);
        Assert.True(region.StartColumn >= 1 && region.EndColumn >= 1, what + " at " + region);
        Assert.True(region.StartColumn <= lines[region.StartLine - 1].Length + 2, what + " at " + region);
        Assert.True(region.EndColumn <= lines[region.EndLine - 1].Length + 2, what + " at " + region);
    }
}
