using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7034Tests
{
    private static readonly KS7034UseraddHighUidWithoutNoLogInit Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN useradd -u 123456 app\n", 2, 13, 2, 15)]
    [InlineData("FROM debian:12\nRUN useradd --uid=1000000 app\n", 2, 13, 2, 26)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7034");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN useradd -l -u 123456 app\n")]
    [InlineData("FROM debian:12\nRUN useradd -u 10001 app\n")]
    [InlineData("FROM debian:12\nRUN useradd --no-log-init --uid 123456 app\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7034UseraddHighUidWithoutNoLogInit.Rule));
    }
}
