using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7104Tests
{
    private static readonly KS7104NuGetCredentialsOrHttpSource Rule = new();

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0\nRUN dotnet nuget add source https://pkgs.example.com/v3/index.json -n corp -u bot -p s3cret --store-password-in-clear-text\n", 2, 86, 2, 92)]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0\nRUN dotnet restore --source http://nuget.internal/v3/index.json\n", 2, 29, 2, 64)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7104");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0\nRUN dotnet restore --source https://api.nuget.org/v3/index.json\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0\nRUN dotnet publish -p:Version=1.0 -o /app\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7104NuGetCredentialsOrHttpSource.Rule));
    }
}
