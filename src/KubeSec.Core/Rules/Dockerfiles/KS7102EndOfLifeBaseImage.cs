using System;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7102EndOfLifeBaseImage : EndOfLifeImageRule
{
    public static readonly RuleDescriptor Rule = new("KS7102", "EndOfLifeBaseImage", "End-of-life base distribution", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "A stage that ships (the final stage or one it is built on) is based on a distribution release whose support has ended: Debian 7-11 (11 bullseye: LTS ended 2026-08-31), Ubuntu 12.04-20.04 and ended interim releases, Alpine 3.21 and older, CentOS 5-8 and Stream 8, Fedora 41 and older. Both the distribution's own images (debian:10, ubuntu:bionic) and variant tags that name one (python:3.9-buster, node:18-alpine3.16, dotnet/aspnet:6.0-bullseye-slim) count. No more security updates are published, so OS CVEs accumulate. Dates come from a table in the linter judged as of a fixed date shown in the message.",
        Fix = "Move to a supported release (debian:12 / bookworm, ubuntu:24.04, a current alpine) or the variant tag that names one.",
        Equivalents = Array.Empty<string>(),
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Consequence => "so OS security fixes no longer arrive: move to a supported release.";

    protected override EndOfLifeRelease? EndedReleaseOf(ImageReference? image) => EndOfLife.DistributionOf(image);
}
