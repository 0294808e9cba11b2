using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7103Tests
{
    private static readonly KS7103AspNetCorePrivilegedPort Rule = new();

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://+:80\nUSER $APP_UID\n", 2, 5, 2, 20)]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_HTTP_PORTS=443\nUSER app\n", 2, 5, 2, 26)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7103");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://+:80\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_HTTP_PORTS=8080\nUSER app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://+:8080\nUSER app\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7103AspNetCorePrivilegedPort.Rule));
    }
}
