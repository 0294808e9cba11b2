using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7017Tests
{
    private static readonly KS7017ShellFormCommand Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nCMD dotnet app.dll\n", 2, 5, 2, 19)]
    [InlineData("FROM debian:12\nENTRYPOINT /entrypoint.sh --serve\n", 2, 12, 2, 34)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7017");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nCMD [\"dotnet\", \"app.dll\"]\n")]
    [InlineData("FROM debian:12\nENTRYPOINT [\"/entrypoint.sh\"]\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7017ShellFormCommand.Rule));
    }
}
