using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7036Tests
{
    private static readonly KS7036PackageManagerWithoutYes Rule = new();

    [Theory]
    [InlineData("FROM rockylinux:9\nRUN yum install httpd\n", 2, 9, 2, 16)]
    [InlineData("FROM fedora:43\nRUN dnf --setopt=tsflags=nodocs install gcc\n", 2, 33, 2, 40)]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper install curl\n", 2, 12, 2, 19)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7036");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM rockylinux:9\nRUN yum install -y httpd\n")]
    [InlineData("FROM rockylinux:9\nRUN yum -qy install httpd\n")]
    [InlineData("FROM fedora:43\nRUN dnf --assumeyes install gcc\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n install curl\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl\n")]
    [InlineData("FROM rockylinux:9\nRUN yum clean all\n")]
    [InlineData("FROM rockylinux:9\nRUN yum install $YUM_OPTS httpd\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7036PackageManagerWithoutYes.Rule));
    }
}
