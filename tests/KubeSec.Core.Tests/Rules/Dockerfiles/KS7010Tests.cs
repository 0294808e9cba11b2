using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7010Tests
{
    private static readonly KS7010CopyDestinationNotDirectory Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nCOPY a.txt b.txt /app\n", 2, 18, 2, 22)]
    [InlineData("FROM debian:12\nADD [\"a\", \"b\", \"/dst\"]\n", 2, 16, 2, 22)]
    [InlineData("FROM debian:12\nCOPY --chown=1:1 package.json package-lock.json .\n", 2, 49, 2, 50)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7010");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nCOPY a.txt b.txt /app/\n")]
    [InlineData("FROM debian:12\nCOPY a.txt /app\n")]
    [InlineData("FROM debian:12\nCOPY a b $DEST\n")]
    [InlineData("FROM debian:12\nCOPY *.csproj ./\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7010CopyDestinationNotDirectory.Rule));
    }
}
