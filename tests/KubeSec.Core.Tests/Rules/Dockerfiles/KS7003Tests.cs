using System;
using System.Linq;
using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7003Tests
{
    private static readonly KS7003AptGetInstallWithoutYes Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install curl\n", 2, 13, 2, 20)]
    [InlineData("FROM debian:12\nRUN apt-get update && \\\n    apt-get install --no-install-recommends curl\n", 3, 13, 3, 20)]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n # comment\n && apt-get \\\n   install curl\n", 5, 4, 5, 11)]
    [InlineData("FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get -q install curl\n", 2, 56, 2, 63)]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install curl\nEOF\n", 5, 9, 5, 16)]
    [InlineData("FROM debian:12\nRUN [\"apt-get\", \"install\", \"curl\"]\n", 2, 17, 2, 26)]
    [InlineData("FROM debian:12\r\nRUN apt-get -o Dpkg::Options::=--force-confold install curl\r\n", 2, 48, 2, 55)]
    [InlineData("FROM debian:12\nRUN if true; then apt-get install curl; fi\n", 2, 27, 2, 34)]
    [InlineData("FROM debian:12\nRUN sudo apt-get install curl\n", 2, 18, 2, 25)]
    [InlineData("FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install curl\n", 2, 48, 2, 55)]
    public void Fires_on_apt_get_install_without_yes(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7003");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
    }

    [Fact]
    public void Message_names_the_line_and_the_fix()
    {
        var finding = Single(RuleRunner.Run(Rule, "FROM debian:12 AS build\nRUN apt-get update && apt-get install curl\n"), "KS7003");

        Assert.Equal("'apt-get install' on line 2 has no -y, so apt-get aborts at its 'Do you want to continue?' prompt whenever it needs extra packages: write 'apt-get install -y'.", finding.Message);
        Assert.Equal("stage[build]/RUN#1/apt-get#2", finding.LogicalPath);
    }

    [Fact]
    public void Each_install_in_one_run_is_reported()
    {
        var findings = RuleRunner.Run(Rule, "FROM debian:12\nRUN apt-get install a; apt-get install -y b; apt-get install c\n");

        Assert.Equal(new[] { 13, 54 }, findings.Select(f => f.Region.StartColumn));
    }

    [Theory]
    [InlineData("apt-get install -y curl")]
    [InlineData("apt-get -y install curl")]
    [InlineData("apt-get install --yes curl")]
    [InlineData("apt-get install --assume-yes curl")]
    [InlineData("apt-get install -qq curl")]
    [InlineData("apt-get -q -q install curl")]
    [InlineData("apt-get -q=2 install curl")]
    [InlineData("apt-get --quiet=2 install curl")]
    [InlineData("apt-get install -yq curl")]
    [InlineData("apt-get install -qy --no-install-recommends curl")]
    [InlineData("apt-get install curl -y")]
    [InlineData("apt-get -o APT::Get::Assume-Yes=true install curl")]
    [InlineData("apt-get -o=APT::Get::Assume-Yes=1 install curl")]
    [InlineData("yes | apt-get install curl")]
    [InlineData("apt-get install $APT_FLAGS curl")]
    [InlineData("apt-get update")]
    [InlineData("apt install curl")]
    [InlineData("echo apt-get install curl")]
    [InlineData("echo 'apt-get install curl'")]
    [InlineData("[\"apt-get\", \"install\", \"-y\", \"curl\"]")]
    [InlineData("apt-get download install")]
    [InlineData("sudo -u root apt-get install -y curl")]
    public void Passes_when_the_prompt_is_answered_or_there_is_no_install(string run)
    {
        Assert.Empty(RuleRunner.Run(Rule, "FROM debian:12\nRUN " + run + "\n"));
    }

    [Fact]
    public void Passes_an_install_inside_a_heredoc_that_is_only_data()
    {
        Assert.Empty(RuleRunner.Run(Rule, "FROM debian:12\nRUN cat <<EOF > /usr/local/bin/setup\napt-get install curl\nEOF\n"));
    }

    [Fact]
    public void Still_checks_later_instructions_after_a_syntax_error()
    {
        var findings = RuleRunner.Run(Rule, "FROM debian:12\nCOPPY . /src\nRUN apt-get install curl\n");

        Assert.Contains("did you mean COPY", Single(findings, "KS0008").Message, StringComparison.Ordinal);
        Assert.Equal(At(3, 13, 3, 20), Single(findings, "KS7003").Region);
    }
}
