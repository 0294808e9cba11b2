using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7026Tests
{
    private static readonly KS7026PipWithoutNoCacheDir Rule = new();

    [Theory]
    [InlineData("FROM python:3.13\nRUN pip install flask\n", 2, 9, 2, 16)]
    [InlineData("FROM python:3.13\nRUN python3 -m pip install -r req.txt\n", 2, 20, 2, 27)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7026");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM python:3.13\nRUN pip install --no-cache-dir flask\n")]
    [InlineData("FROM python:3.13\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n")]
    [InlineData("FROM python:3.13\nRUN pip download flask\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7026PipWithoutNoCacheDir.Rule));
    }
}
