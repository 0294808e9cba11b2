using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7007Tests
{
    private static readonly KS7007ExposedPortOutOfRange Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nEXPOSE 80800\n", 2, 8, 2, 13)]
    [InlineData("FROM debian:12\nEXPOSE 80 65536/udp\n", 2, 11, 2, 20)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7007");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nEXPOSE 65535\n")]
    [InlineData("FROM debian:12\nEXPOSE ${PORT}\n")]
    [InlineData("FROM debian:12\nEXPOSE 8080/tcp\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7007ExposedPortOutOfRange.Rule));
    }
}
