using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7004AptGetNoInstallRecommends : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7004", "AptGetNoInstallRecommends", "apt-get install without --no-install-recommends", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "Without --no-install-recommends, apt-get also installs every package the requested ones merely recommend, which grows the image and brings in tools and libraries nobody asked for, each one more thing to patch. Opt-in: it is mostly about image size; enable it for lean, hardened images.",
        Fix = "Add --no-install-recommends to apt-get install (or -o APT::Install-Recommends=false).",
        Equivalents = new[] { "hadolint:DL3015", "trivy:DS-0029" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var run in dockerfile.Instructions)
        {
            var count = 0;
            foreach (var apt in AptGetInvocation.In(run.ShellCommands))
            {
                count++;
                if (apt.Subcommand is { } install && apt.IsInstall && !apt.SkipsRecommends && !apt.HasOpaqueWords)
                {
                    sink.Report(Rule, install.Region, run.LogicalPath + "/apt-get#" + count.ToString(CultureInfo.InvariantCulture),
                        "'apt-get install' on line " + install.Region.StartLine.ToString(CultureInfo.InvariantCulture) +
                        " also installs recommended packages, which grow the image and its attack surface: add --no-install-recommends.");
                }
            }
        }
    }
}
