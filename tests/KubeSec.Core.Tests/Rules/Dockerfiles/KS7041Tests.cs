using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7041Tests
{
    private static readonly KS7041CopyRelativeWithoutWorkdir Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nCOPY app.dll .\n", 2, 14, 2, 15)]
    [InlineData("FROM debian:12\nCOPY [\"a\", \"app/\"]\n", 2, 12, 2, 18)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7041");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nWORKDIR /app\nCOPY app.dll .\n")]
    [InlineData("FROM debian:12\nCOPY app.dll /app/\n")]
    [InlineData("FROM debian:12 AS base\nWORKDIR /app\nFROM base\nCOPY a .\n")]
    [InlineData("FROM debian:12\nCOPY a $DEST\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7041CopyRelativeWithoutWorkdir.Rule));
    }
}
