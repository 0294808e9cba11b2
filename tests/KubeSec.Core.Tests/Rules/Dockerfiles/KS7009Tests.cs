using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7009Tests
{
    private static readonly KS7009AddFromUrl Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nADD https://example.com/tool.tgz /tmp/\n", 2, 5, 2, 33)]
    [InlineData("FROM debian:12\nADD --chmod=755 http://x.org/a /usr/bin/a\n", 2, 17, 2, 31)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7009");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /tmp/\n")]
    [InlineData("FROM debian:12\nADD https://github.com/org/repo.git /src\n")]
    [InlineData("FROM debian:12\nADD app.tar.gz /app/\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7009AddFromUrl.Rule));
    }
}
