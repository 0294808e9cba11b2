using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7029Tests
{
    private static readonly KS7029TlsVerificationDisabled Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -k https://x/a\n", 2, 10, 2, 12)]
    [InlineData("FROM debian:12\nRUN curl -fsSLk https://x/a\n", 2, 10, 2, 16)]
    [InlineData("FROM debian:12\nRUN wget --no-check-certificate https://x/a\n", 2, 10, 2, 32)]
    [InlineData("FROM python:3.13\nRUN pip install --trusted-host pypi.org flask\n", 2, 17, 2, 31)]
    [InlineData("FROM python:3.13\nENV PIP_TRUSTED_HOST=pypi.org\n", 2, 5, 2, 21)]
    [InlineData("FROM python:3.13\nENV PYTHONHTTPSVERIFY=0\n", 2, 5, 2, 22)]
    [InlineData("FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", 2, 5, 2, 33)]
    [InlineData("FROM node:22\nRUN npm config set strict-ssl false\n", 2, 20, 2, 30)]
    [InlineData("FROM node:22\nARG NPM_CONFIG_STRICT_SSL=false\n", 2, 5, 2, 26)]
    [InlineData("FROM debian:12\nENV GIT_SSL_NO_VERIFY=true\n", 2, 5, 2, 22)]
    [InlineData("FROM debian:12\nRUN git config --global http.sslVerify false\n", 2, 25, 2, 39)]
    [InlineData("FROM fedora:43\nRUN dnf install -y --setopt=sslverify=false curl\n", 2, 20, 2, 44)]
    [InlineData("FROM node:22\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n", 2, 5, 2, 35)]
    [InlineData("FROM golang:1.24\nENV GOINSECURE=*.corp.example\n", 2, 5, 2, 15)]
    [InlineData("FROM debian:12\nRUN export GIT_SSL_NO_VERIFY=0 && git clone https://x/r\n", 2, 12, 2, 31)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7029");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x/a\n")]
    [InlineData("FROM debian:12\nRUN curl -o k https://x/a\n")]
    [InlineData("FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n")]
    [InlineData("FROM python:3.13\nENV PYTHONHTTPSVERIFY=1\n")]
    [InlineData("FROM node:22\nRUN npm config set strict-ssl true\n")]
    [InlineData("FROM debian:12\nRUN git config --global http.sslVerify true\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7029TlsVerificationDisabled.Rule));
    }
}
