using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7100DotnetSdkInFinalImage : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7100", "DotnetSdkInFinalImage", ".NET SDK image used for the final stage", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "The final stage is built on the .NET SDK image (mcr.microsoft.com/dotnet/sdk, or the older dotnet/core/sdk), directly or through the stages it builds on. The SDK image is several times larger than the runtime images and ships compilers, MSBuild, NuGet, git and a full shell toolset: more CVEs to patch and everything an attacker needs to build tools inside a compromised container. Build stages on the SDK are fine; only the image that ships is checked.",
        Fix = "Build in an SDK stage and copy the publish output into mcr.microsoft.com/dotnet/aspnet (or runtime, runtime-deps for self-contained apps, ideally a -chiseled variant) in the final stage.",
        Equivalents = Array.Empty<string>(),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        if (dockerfile.FinalStage is not { } final || final.RootImage is not { } image || !IsSdk(image))
        {
            return;
        }

        var region = final.BaseStage is null ? final.BaseImageRegion : final.From.Region;
        sink.Report(Rule, region, final.From.LogicalPath,
            "Final " + final.Describe() + " on line " + DockerfileFacts.Line(final.From.StartLine) + " ships the .NET SDK image '" + QuotedText.Value(image.Text) + "' with its compilers and tools: publish in an SDK build stage and copy the output into mcr.microsoft.com/dotnet/aspnet or runtime.");
    }

    internal static bool IsSdk(ImageReference image) =>
        EndOfLife.IsDotnetImage(image) && (image.Repository is "dotnet/sdk" or "dotnet/core/sdk" or "dotnet/nightly/sdk" or "microsoft/aspnetcore-build" ||
            (image.Repository == "microsoft/dotnet" && image.Tag is { } tag && tag.IndexOf("sdk", StringComparison.Ordinal) >= 0));
}
