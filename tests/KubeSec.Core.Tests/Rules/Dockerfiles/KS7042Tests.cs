using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7042Tests
{
    private static readonly KS7042PointlessCommand Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN service nginx start\n", 2, 5, 2, 12)]
    [InlineData("FROM debian:12\nRUN apt-get install -y vim && vim --version\n", 2, 31, 2, 34)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7042");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y vim openssh-client\n")]
    [InlineData("FROM debian:12\nRUN echo ps\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7042PointlessCommand.Rule));
    }
}
