using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7039Tests
{
    private static readonly KS7039EnvSelfReference Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin\n", 2, 23, 2, 30)]
    [InlineData("FROM debian:12\nENV A=1 \\\n    B=${A}2\n", 3, 5, 3, 6)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7039");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nENV PATH=/opt/bin:$PATH\n")]
    [InlineData("FROM debian:12\nENV A=1\nENV B=$A\n")]
    [InlineData("FROM debian:12\nARG A=1\nENV A=2 B=$A\n")]
    [InlineData("FROM debian:12\nENV A=1 B=2\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7039EnvSelfReference.Rule));
    }
}
