using System;
using KubeSec.Rules.Dockerfiles;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS7001Tests
{
    private static readonly KS7001BaseImageNotPinned Rule = new();

    [Theory]
    [InlineData("FROM node\n", 1, 6, 1, 10)]
    [InlineData("FROM node:latest AS build\nRUN npm ci\n", 1, 6, 1, 17)]
    [InlineData("FROM --platform=$BUILDPLATFORM golang AS build\n", 1, 32, 1, 38)]
    [InlineData("FROM ghcr.io/org/tool:latest\n", 1, 6, 1, 29)]
    [InlineData("FROM node:22 AS build\nFROM nginx\n", 2, 6, 2, 11)]
    [InlineData("FROM \\\n  nginx \\\n  AS web\n", 2, 3, 2, 8)]
    [InlineData("FROM nginx\r\nUSER app\r\n", 1, 6, 1, 11)]
    [InlineData("# escape=`\nFROM `\n  mcr.microsoft.com/windows/servercore\n", 3, 3, 3, 39)]
    public void Fires_on_an_untagged_or_latest_base_image(string text, int line, int column, int endLine, int endColumn)
    {
        var finding = Single(RuleRunner.Run(Rule, text), "KS7001");

        Assert.Equal(At(line, column, endLine, endColumn), finding.Region);
    }

    [Fact]
    public void Message_names_the_stage_and_the_fix()
    {
        var finding = Single(RuleRunner.Run(Rule, "FROM node AS build\n"), "KS7001");

        Assert.Equal("Base image 'node' of stage 'build' on line 1 has no tag, so each build pulls whatever 'latest' points to that day: pin a version such as 'node:<version>', ideally with its @sha256 digest.", finding.Message);
        Assert.Equal("stage[build]/FROM", finding.LogicalPath);
    }

    [Fact]
    public void Fires_on_latest_that_comes_from_a_global_arg_default()
    {
        var finding = Single(RuleRunner.Run(Rule, "ARG TAG=latest\nFROM alpine:${TAG}\n"), "KS7001");

        Assert.Equal(At(2, 6, 2, 19), finding.Region);
        Assert.Contains("'alpine:latest' (written 'alpine:${TAG}')", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM node:22.11-bookworm-slim\n")]
    [InlineData("FROM node@sha256:0123456789abcdef\n")]
    [InlineData("FROM node:latest@sha256:0123456789abcdef\n")]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM golang:1.23 AS build\nFROM build AS test\n")]
    [InlineData("FROM golang:1.23 AS Build\nFROM build\n")]
    [InlineData("ARG TAG=1.23\nFROM golang:${TAG}\n")]
    [InlineData("ARG TAG\nFROM golang:${TAG}\n")]
    [InlineData("FROM ${BASE_IMAGE}\n")]
    [InlineData("ARG BASE=build\nFROM golang:1.23 AS build\nFROM ${BASE}\n")]
    [InlineData("FROM localhost:5000/app:1.0\n")]
    public void Passes_a_pinned_image_scratch_a_stage_or_an_unknown_reference(string text)
    {
        Assert.Empty(RuleRunner.Run(Rule, text));
    }

    [Fact]
    public void Still_checks_every_stage_when_the_file_has_syntax_errors()
    {
        var findings = RuleRunner.Run(Rule, "FROM node AS build\nRUNN npm ci\nFROM nginx # web\n");

        Assert.Equal(2, findings.Only(KS7001BaseImageNotPinned.Rule).Count);
        Assert.Equal(2, findings.Only(KubeSec.Rules.Engine.KS0008DockerfileSyntaxError.Rule).Count);
    }

    [Fact]
    public void Describes_itself_with_the_peers_it_matches()
    {
        Assert.Equal("KS7001", KS7001BaseImageNotPinned.Rule.Id);
        Assert.Equal(KubeSec.Rules.RuleCategory.Dockerfile, Rule.Descriptor.Category);
        Assert.Contains("hadolint:DL3006", KS7001BaseImageNotPinned.Rule.Equivalents);
        Assert.True(KS7001BaseImageNotPinned.Rule.EnabledByDefault);
    }
}
