using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7032Tests
{
    private static readonly KS7032SecretInArgOrEnv Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nENV DB_PASSWORD=hunter2\n", 2, 5, 2, 16)]
    [InlineData("FROM debian:12\nARG GITHUB_TOKEN=ghp_abc\n", 2, 5, 2, 17)]
    [InlineData("FROM debian:12\nENV A=1 AWS_SECRET_ACCESS_KEY=\"wJalr\"\n", 2, 9, 2, 30)]
    [InlineData("FROM debian:12\nENV API_KEY abc123\n", 2, 5, 2, 12)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7032");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nARG GITHUB_TOKEN\n")]
    [InlineData("FROM debian:12\nENV DB_PASSWORD_FILE=/run/secrets/db\n")]
    [InlineData("FROM debian:12\nENV TOKEN=$TOKEN\n")]
    [InlineData("FROM debian:12\nENV PASSWORD=\n")]
    [InlineData("FROM debian:12\nENV APP_NAME=api\n")]
    [InlineData("FROM debian:12\nENV TOKEN_URL=https://x/token\n")]
    [InlineData("FROM debian:12\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7032SecretInArgOrEnv.Rule));
    }
}
