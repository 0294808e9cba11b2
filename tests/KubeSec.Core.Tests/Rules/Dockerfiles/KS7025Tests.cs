using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7025Tests
{
    private static readonly KS7025ApkAddWithoutNoCache Rule = new();

    [Theory]
    [InlineData("FROM alpine:3.22\nRUN apk add curl\n", 2, 9, 2, 12)]
    [InlineData("FROM alpine:3.22\nRUN apk update && apk add --virtual .deps gcc\n", 2, 23, 2, 26)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7025");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache curl\n")]
    [InlineData("FROM alpine:3.22\nRUN apk add curl && rm -rf /var/cache/apk/*\n")]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7025ApkAddWithoutNoCache.Rule));
    }
}
