using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7101Tests
{
    private static readonly KS7101EndOfLifeDotnet Rule = new();

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:6.0\n", 1, 6, 1, 41)]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime:7.0.20-alpine3.19\n", 1, 6, 1, 56)]
    [InlineData("FROM mcr.microsoft.com/dotnet/core/aspnet:3.1\n", 1, 6, 1, 46)]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\n", 1, 6, 1, 41)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7101");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:60.0\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7101EndOfLifeDotnet.Rule));
    }
}
