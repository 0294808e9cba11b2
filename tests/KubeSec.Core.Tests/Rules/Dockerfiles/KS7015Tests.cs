using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7015Tests
{
    private static readonly KS7015MultipleEntrypoint Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nENTRYPOINT [\"a\"]\nRUN true\nENTRYPOINT [\"b\"]\n", 4, 1, 4, 11)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7015");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\n")]
    [InlineData("FROM debian:12 AS a\nENTRYPOINT [\"a\"]\nFROM debian:12\nENTRYPOINT [\"b\"]\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7015MultipleEntrypoint.Rule));
    }
}
