using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7022Tests
{
    private static readonly KS7022UpdateWithoutInstall Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n", 2, 13, 2, 19)]
    [InlineData("FROM alpine:3.22\nRUN apk update\n", 2, 9, 2, 15)]
    [InlineData("FROM fedora:43\nRUN dnf -y update\n", 2, 12, 2, 18)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7022");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n")]
    [InlineData("FROM alpine:3.22\nRUN apk update && apk add curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n")]
    [InlineData("FROM debian:12\nRUN echo update\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7022UpdateWithoutInstall.Rule));
    }
}
