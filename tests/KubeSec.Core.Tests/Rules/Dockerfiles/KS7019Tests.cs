using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7019Tests
{
    private static readonly KS7019RelativeWorkdir Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nWORKDIR app\n", 2, 9, 2, 12)]
    [InlineData("FROM debian:12\nWORKDIR \"src/api\"\n", 2, 9, 2, 18)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7019");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nWORKDIR /app\n")]
    [InlineData("FROM debian:12\nWORKDIR $HOME/app\n")]
    [InlineData("FROM debian:12\nWORKDIR C:\\\\app\n")]
    [InlineData("FROM debian:12\nWORKDIR \"/app\"\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7019RelativeWorkdir.Rule));
    }
}
