using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7004Tests
{
    private static readonly KS7004AptGetNoInstallRecommends Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n", 2, 13, 2, 20)]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n && apt-get -y install \\\n      curl\n", 3, 16, 3, 23)]
    [InlineData("FROM debian:12\nRUN <<-EOF\n\tapt-get install -y curl\n\tEOF\n", 3, 10, 3, 17)]
    [InlineData("FROM debian:12\nRUN apt-get install -y --install-recommends curl\n", 2, 13, 2, 20)]
    public void Fires_on_apt_get_install_without_no_install_recommends(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7004");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith("add --no-install-recommends.", finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apt-get install -y --no-install-recommends curl")]
    [InlineData("apt-get --no-install-recommends install -y curl")]
    [InlineData("apt-get install -y curl --no-install-recommends")]
    [InlineData("apt-get -o APT::Install-Recommends=false install -y curl")]
    [InlineData("apt-get -o 'APT::Install-Recommends=0' install -y curl")]
    [InlineData("apt-get install -y --install-recommends=no curl")]
    [InlineData("apt-get install -y ${APT_OPTIONS} curl")]
    [InlineData("apt-get update")]
    public void Passes_when_recommends_are_off_or_there_is_no_install(string run)
    {
        Assert.Empty(RuleRunner.Run(Rule, "FROM debian:12\nRUN " + run + "\n"));
    }

    [Fact]
    public void Is_opt_in()
    {
        Assert.False(KS7004AptGetNoInstallRecommends.Rule.EnabledByDefault);
        Assert.Equal(KubeSec.Model.Severity.Low, Rule.Descriptor.DefaultSeverity);
    }
}
