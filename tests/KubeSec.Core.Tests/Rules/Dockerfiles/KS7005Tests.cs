using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7005Tests
{
    private static readonly KS7005SudoInRun Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN sudo apt-get update\n", 2, 5, 2, 9)]
    [InlineData("FROM debian:12\nRUN apt-get update && \\\n    sudo -u app make install\n", 3, 5, 3, 9)]
    [InlineData("FROM debian:12\nRUN find . -name '*.tmp' | xargs sudo rm\n", 2, 34, 2, 38)]
    [InlineData("FROM debian:12\nRUN [\"sudo\", \"make\"]\n", 2, 6, 2, 12)]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\nsudo make install\nEOF\n", 4, 1, 4, 5)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7005");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN make install\n")]
    [InlineData("FROM debian:12\nRUN echo sudo\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y sudo\n")]
    [InlineData("FROM debian:12\nRUN echo 'sudo make'\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7005SudoInRun.Rule));
    }
}
