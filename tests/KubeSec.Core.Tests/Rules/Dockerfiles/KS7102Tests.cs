using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7102Tests
{
    private static readonly KS7102EndOfLifeBaseImage Rule = new();

    [Theory]
    [InlineData("FROM debian:10-slim\n", 1, 6, 1, 20)]
    [InlineData("FROM ubuntu:bionic\n", 1, 6, 1, 19)]
    [InlineData("FROM python:3.9-slim-buster\n", 1, 6, 1, 28)]
    [InlineData("FROM node:18-alpine3.16\n", 1, 6, 1, 24)]
    [InlineData("FROM centos:7\n", 1, 6, 1, 14)]
    [InlineData("FROM alpine:3.18.4\n", 1, 6, 1, 19)]
    public void Fires_at_the_offending_text(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7102");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
        Assert.EndsWith(".", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\n")]
    [InlineData("FROM ubuntu:24.04\n")]
    [InlineData("FROM alpine:3.22\n")]
    [InlineData("FROM node:22-bookworm\n")]
    [InlineData("FROM debian:10 AS build\nFROM debian:12\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble\n")]
    public void Passes(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text).Only(KS7102EndOfLifeBaseImage.Rule));
    }
}
