using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7008Tests
{
    private static readonly KS7008AddInsteadOfCopy Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nADD app.jar /app/\n", 2, 1, 2, 4)]
    [InlineData("FROM debian:12\nADD --chown=app:app src/ config.json /app/\n", 2, 1, 2, 4)]
    [InlineData("FROM debian:12\nADD [\"a b.txt\", \"/app/\"]\n", 2, 1, 2, 4)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7008");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nADD https://example.com/x.tgz /tmp/\n")]
    [InlineData("FROM debian:12\nADD rootfs.tar.gz /\n")]
    [InlineData("FROM debian:12\nCOPY app.jar /app/\n")]
    [InlineData("FROM debian:12\nADD git@github.com:org/repo.git /src\n")]
    [InlineData("FROM debian:12\nADD $SRC /app/\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7008AddInsteadOfCopy.Rule));
    }
}
