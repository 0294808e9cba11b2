using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7013Tests
{
    private static readonly KS7013DuplicateStageName Rule = new();

    [Theory]
    [InlineData("FROM node:22 AS build\nFROM node:22 AS BUILD\n", 2, 17, 2, 22)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7013");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM node:22 AS build\nFROM nginx:1.27 AS web\n")]
    [InlineData("FROM node:22\nFROM node:22\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7013DuplicateStageName.Rule));
    }
}
