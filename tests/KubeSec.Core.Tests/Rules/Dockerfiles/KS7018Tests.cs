using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7018Tests
{
    private static readonly KS7018MissingHealthcheck Rule = new();

    [Theory]
    [InlineData("FROM node:22 AS build\nFROM nginx:1.27\nCOPY x /y\n", 2, 1, 2, 16)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7018");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nHEALTHCHECK CMD [\"/hc\"]\n")]
    [InlineData("FROM debian:12\nHEALTHCHECK NONE\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7018MissingHealthcheck.Rule));
    }
}
