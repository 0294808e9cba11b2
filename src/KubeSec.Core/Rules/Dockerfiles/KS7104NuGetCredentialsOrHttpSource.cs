using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7104NuGetCredentialsOrHttpSource : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7104", "NuGetCredentialsOrHttpSource", "NuGet credentials on the command line or an http:// package source", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "A RUN passes a NuGet feed password on the command line (dotnet nuget add source / update source --password or -p, nuget sources add -Password), or restores packages from a plain http:// source (dotnet restore/build/publish/tool install --source http://..., dotnet nuget add source http://...). The password is stored in the layer's command history and, with --store-password-in-clear-text, in NuGet.Config inside the image; an http:// feed lets anyone on the network replace packages that then run during the build and in the app.",
        Fix = "Mount credentials as a BuildKit secret (RUN --mount=type=secret,id=nugetconfig,target=/root/.nuget/NuGet/NuGet.Config dotnet restore) or use the Azure Artifacts credential provider with VSS_NUGET_EXTERNAL_FEED_ENDPOINTS from a secret; use https:// feeds only.",
        Equivalents = Array.Empty<string>(),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            if (command.Program is not ("dotnet" or "nuget" or "nuget.exe"))
            {
                continue;
            }

            var words = command.Command.Words;
            for (var i = command.ProgramIndex + 1; i < words.Count; i++)
            {
                var word = words[i].Value;
                var lower = word.ToLowerInvariant();
                if (lower is "--password" or "-p" or "-password" && IsSourcesCommand(command) && i + 1 < words.Count)
                {
                    sink.Report(Rule, words[i + 1].Region, command.Path("nuget"),
                        "RUN on line " + DockerfileFacts.Line(words[i].Region.StartLine) + " passes a NuGet feed password on the command line, where the layer history keeps it: mount a NuGet.Config as a BuildKit secret instead.");
                    break;
                }

                if (lower.StartsWith("http://", StringComparison.Ordinal) ||
                    (lower.StartsWith("--source=http://", StringComparison.Ordinal) || lower.StartsWith("-s=http://", StringComparison.Ordinal)))
                {
                    sink.Report(Rule, words[i].Region, command.Path("nuget"),
                        "RUN on line " + DockerfileFacts.Line(words[i].Region.StartLine) + " uses the plain-HTTP NuGet source '" + QuotedText.Value(word) + "', so anyone on the network can swap packages: use an https:// feed.");
                    break;
                }
            }
        }
    }

    private static bool IsSourcesCommand(RunCommand command)
    {
        foreach (var word in command.Arguments)
        {
            if (word.Value.ToLowerInvariant() is "source" or "sources")
            {
                return true;
            }
        }

        return false;
    }
}
