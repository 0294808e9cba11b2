using System;
using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7002Tests
{
    private static readonly KS7002RootUser Rule = new();

    [Fact]
    public void Fires_at_the_final_from_when_there_is_no_user()
    {
        var finding = Single(RuleRunner.Run(Rule, "FROM alpine:3.20 AS build\nRUN apk add curl\nFROM alpine:3.20 AS runtime\nCOPY --from=build /x /x\n"), "KS7002");

        Assert.Equal(At(3, 1, 3, 28), finding.Region);
        Assert.Equal("Final stage 'runtime' runs as root because it has no USER instruction: add 'USER <non-root user>' (create one with useradd or adduser if the image has none; on .NET 8+ images use 'USER $APP_UID') after the steps that need root.", finding.Message);
        Assert.Equal("stage[runtime]/FROM", finding.LogicalPath);
    }

    [Theory]
    [InlineData("FROM alpine:3.20\nUSER app\nRUN id\nUSER root\n", 4, 1, 4, 10)]
    [InlineData("FROM alpine:3.20\nUSER 0\n", 2, 1, 2, 7)]
    [InlineData("FROM alpine:3.20\nUSER 0:0\n", 2, 1, 2, 9)]
    [InlineData("FROM alpine:3.20\nUSER root:wheel\n", 2, 1, 2, 16)]
    [InlineData("FROM alpine:3.20\nUSER \\\n  root\n", 2, 1, 3, 7)]
    [InlineData("FROM alpine:3.20\nARG RUN_AS=root\nUSER ${RUN_AS}\n", 3, 1, 3, 15)]
    [InlineData("FROM alpine:3.20\r\nUSER root\r\n", 2, 1, 2, 10)]
    public void Fires_at_the_last_user_when_it_is_root(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7002");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.Contains("switches to root", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_at_the_final_from_when_root_is_inherited_from_an_earlier_stage()
    {
        var finding = Single(RuleRunner.Run(Rule, "FROM alpine:3.20 AS base\nUSER root\nFROM base AS final\nCMD [\"sh\"]\n"), "KS7002");

        Assert.Equal(At(3, 1, 3, 19), finding.Region);
        Assert.Contains("inherits 'USER root' from stage 'base' (line 2)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_in_an_unrelated_earlier_stage_does_not_carry_over()
    {
        var finding = Single(RuleRunner.Run(Rule, "FROM alpine:3.20 AS build\nUSER app\nFROM alpine:3.20\nCMD [\"sh\"]\n"), "KS7002");

        Assert.Equal(At(3, 1, 3, 17), finding.Region);
        Assert.Contains("stage 1 (FROM alpine:3.20)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggests_app_uid_on_dotnet_images()
    {
        var finding = Single(RuleRunner.Run(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS runtime\nCOPY app /app\n"), "KS7002");

        Assert.Contains("add 'USER $APP_UID'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM alpine:3.20\nUSER app\n")]
    [InlineData("FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER 10001:10001\n")]
    [InlineData("FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD [\"sh\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n")]
    [InlineData("FROM nginxinc/nginx-unprivileged:1.27-alpine\n")]
    [InlineData("FROM cgr.dev/chainguard/static:latest\n")]
    [InlineData("FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER app\n")]
    [InlineData("FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled\nCOPY app /app\n")]
    [InlineData("ARG X=1\n")]
    public void Passes_a_non_root_final_user_an_unknown_one_or_a_non_root_image(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7002RootUser.Rule));
    }

    [Fact]
    public void Still_checks_the_final_stage_after_an_unterminated_heredoc()
    {
        var findings = RuleRunner.Run(Rule, "FROM alpine:3.20\nRUN <<EOF\napk add curl\neof\nUSER root\n");

        Assert.Equal(At(2, 5, 2, 10), Single(findings, "KS0008").Region);
        Assert.Equal(At(5, 1, 5, 10), Single(findings, "KS7002").Region);
    }
}
