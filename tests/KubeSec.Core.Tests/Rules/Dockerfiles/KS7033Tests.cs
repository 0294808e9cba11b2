using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7033Tests
{
    private static readonly KS7033SecretFileCopied Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nCOPY id_rsa /root/.ssh/\n", 2, 6, 2, 12)]
    [InlineData("FROM node:22\nCOPY .npmrc package.json /app/\n", 2, 6, 2, 12)]
    [InlineData("FROM debian:12\nADD certs/server.key /etc/ssl/\n", 2, 5, 2, 21)]
    [InlineData("FROM debian:12\nCOPY [\".env\", \"/app/\"]\n", 2, 7, 2, 13)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7033");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nCOPY corp-ca.pem /usr/local/share/ca-certificates/\n")]
    [InlineData("FROM debian:12\nCOPY --from=build /app/.env /app/\n")]
    [InlineData("FROM debian:12\nCOPY . /app\n")]
    [InlineData("FROM debian:12\nCOPY .env.example /app/\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7033SecretFileCopied.Rule));
    }
}
