using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7037Tests
{
    private static readonly KS7037PackageCacheNotCleaned Rule = new();

    [Theory]
    [InlineData("FROM rockylinux:9\nRUN yum install -y httpd\n", 2, 9, 2, 16)]
    [InlineData("FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y jq\n", 2, 14, 2, 21)]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n in curl\n", 2, 15, 2, 17)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7037");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n")]
    [InlineData("FROM fedora:43\nRUN dnf install -y gcc && rm -rf /var/cache/dnf\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper clean -a\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7037PackageCacheNotCleaned.Rule));
    }
}
