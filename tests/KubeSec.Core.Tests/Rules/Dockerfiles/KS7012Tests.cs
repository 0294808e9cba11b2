using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7012Tests
{
    private static readonly KS7012CopyFromUndefinedStage Rule = new();

    [Theory]
    [InlineData("FROM node:22 AS build\nRUN make\nFROM nginx:1.27\nCOPY --from=biuld /a /b\n", 4, 6, 4, 18)]
    [InlineData("FROM nginx:1.27 AS web\nCOPY --from=build /a /b\nFROM node:22 AS build\n", 2, 6, 2, 18)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7012");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM node:22 AS build\nFROM nginx:1.27\nCOPY --from=build /a /b\n")]
    [InlineData("FROM nginx:1.27\nCOPY --from=busybox:1.36 /bin/sh /bin/sh\n")]
    [InlineData("FROM nginx:1.27\nCOPY --from=ghcr.io/org/img /a /b\n")]
    [InlineData("FROM nginx:1.27\nCOPY --from=$BUILDER /a /b\n")]
    [InlineData("FROM node:22 AS Build\nFROM nginx:1.27\nCOPY --from=build /a /b\n")]
    [InlineData("FROM node:22\nFROM nginx:1.27\nCOPY --from=0 /a /b\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7012CopyFromUndefinedStage.Rule));
    }
}
