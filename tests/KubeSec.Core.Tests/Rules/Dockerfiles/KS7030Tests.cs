using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7030Tests
{
    private static readonly KS7030UnsignedPackages Rule = new();

    [Theory]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache --allow-untrusted ./x.apk\n", 2, 24, 2, 41)]
    [InlineData("FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n", 2, 24, 2, 47)]
    [InlineData("FROM debian:12\nRUN apt-get install -y --force-yes curl\n", 2, 24, 2, 35)]
    [InlineData("FROM fedora:43\nRUN dnf install -y --nogpgcheck x\n", 2, 20, 2, 32)]
    [InlineData("FROM fedora:43\nRUN rpm -i --nosignature x.rpm\n", 2, 12, 2, 25)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7030");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM fedora:43\nRUN rpm --import https://x/key && dnf install -y x\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7030UnsignedPackages.Rule));
    }
}
