using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7038Tests
{
    private static readonly KS7038UnpinnedPackageVersion Rule = new();

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10 git\n", 2, 63, 2, 66)]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache --virtual .deps gcc=14.2.0-r6 make\n", 2, 54, 2, 58)]
    [InlineData("FROM python:3.13\nRUN pip install --no-cache-dir -r req.txt flask\n", 2, 43, 2, 48)]
    [InlineData("FROM node:22\nRUN npm install -g @angular/cli\n", 2, 20, 2, 32)]
    [InlineData("FROM ruby:3.3\nRUN gem install bundler\n", 2, 17, 2, 24)]
    [InlineData("FROM golang:1.24\nRUN go install golang.org/x/tools/cmd/goimports@latest\n", 2, 16, 2, 55)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7038");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl=7.88.1-10\n")]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache curl=8.5.0-r0\n")]
    [InlineData("FROM python:3.13\nRUN pip install flask==3.0.3 -r req.txt .\n")]
    [InlineData("FROM node:22\nRUN npm install -g typescript@5.6.3 @angular/cli@19.0.0\n")]
    [InlineData("FROM node:22\nRUN npm install\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install bundler -v 2.5.22\n")]
    [InlineData("FROM golang:1.24\nRUN go install golang.org/x/tools/cmd/goimports@v0.28.0\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y $PACKAGES\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y ./vendor.deb\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7038UnpinnedPackageVersion.Rule));
    }
}
