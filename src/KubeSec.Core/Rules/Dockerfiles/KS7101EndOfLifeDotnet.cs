using System;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7101EndOfLifeDotnet : EndOfLifeImageRule
{
    public static readonly RuleDescriptor Rule = new("KS7101", "EndOfLifeDotnet", "End-of-life .NET image", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "A stage that ships (the final stage or one it is built on) uses a Microsoft .NET image whose .NET version has reached end of support: .NET Core 1.x-3.1, .NET 5, 6 (2024-11-12), 7 (2024-05-14), and 8 and 9 (both 2026-11-10). Ended versions get no security fixes, so every later CVE in the runtime or ASP.NET Core stays open. The dates come from a table in the linter (Dockerfiles/EndOfLife.cs) judged as of a fixed date, shown in the message, so results do not change with the clock; the version is read exactly from the tag's major.minor.",
        Fix = "Move to a supported .NET version (retarget the project and change the image tag, e.g. mcr.microsoft.com/dotnet/aspnet:10.0).",
        Equivalents = Array.Empty<string>(),
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Consequence => "so it gets no security fixes: move to a supported .NET version.";

    protected override EndOfLifeRelease? EndedReleaseOf(ImageReference? image) => EndOfLife.DotnetOf(image);
}
