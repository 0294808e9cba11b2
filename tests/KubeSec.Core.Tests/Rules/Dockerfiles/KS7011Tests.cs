using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7011Tests
{
    private static readonly KS7011CopyFromOwnStage Rule = new();

    [Theory]
    [InlineData("FROM node:22 AS build\nCOPY --from=build /a /b\n", 2, 6, 2, 18)]
    [InlineData("FROM node:22\nCOPY --from=0 /a /b\n", 2, 6, 2, 14)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7011");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM node:22 AS build\nRUN make\nFROM nginx:1.27\nCOPY --from=build /a /b\n")]
    [InlineData("FROM nginx:1.27\nCOPY --from=nginx:1.26 /etc/nginx /etc/nginx\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7011CopyFromOwnStage.Rule));
    }
}
