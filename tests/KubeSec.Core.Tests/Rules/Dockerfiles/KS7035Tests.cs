using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7035Tests
{
    private static readonly KS7035OnbuildForbiddenTrigger Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nONBUILD FROM alpine\n", 2, 9, 2, 13)]
    [InlineData("FROM debian:12\nONBUILD onbuild RUN x\n", 2, 9, 2, 16)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7035");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nONBUILD RUN make\n")]
    [InlineData("FROM debian:12\nONBUILD COPY . /src\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7035OnbuildForbiddenTrigger.Rule));
    }
}
