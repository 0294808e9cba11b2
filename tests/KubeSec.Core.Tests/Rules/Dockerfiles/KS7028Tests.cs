using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7028Tests
{
    private static readonly KS7028PipeWithoutPipefail Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar xz\n", 2, 34, 2, 40)]
    [InlineData("FROM alpine:3.22\nSHELL [\"/bin/sh\", \"-c\"]\nRUN wget -qO- https://x | sh\n", 3, 27, 3, 29)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7028");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://x/a.tgz | tar xz\n")]
    [InlineData("FROM debian:12\nRUN set -o pipefail && curl -fsSL https://x/a.tgz | tar xz\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-euxo\", \"pipefail\", \"-c\"]\nRUN a | b\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-ChildItem | Select-Object Name\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"a | b\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr x\n")]
    [InlineData("FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM base\nRUN a | b\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7028PipeWithoutPipefail.Rule));
    }
}
