using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7006Tests
{
    private static readonly KS7006SshPortExposed Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nEXPOSE 22\n", 2, 8, 2, 10)]
    [InlineData("FROM debian:12\nEXPOSE 80 22/tcp\n", 2, 11, 2, 17)]
    [InlineData("FROM debian:12\nEXPOSE 20-30\n", 2, 8, 2, 13)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7006");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nEXPOSE 8080\n")]
    [InlineData("FROM debian:12\nEXPOSE 2222\n")]
    [InlineData("FROM debian:12\nEXPOSE $PORT\n")]
    [InlineData("FROM debian:12\nEXPOSE 220\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7006SshPortExposed.Rule));
    }
}
