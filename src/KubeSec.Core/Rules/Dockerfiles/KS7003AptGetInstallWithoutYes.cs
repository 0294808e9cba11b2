using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7003AptGetInstallWithoutYes : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7003", "AptGetInstallWithoutYes", "apt-get install without -y", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "apt-get install asks 'Do you want to continue? [Y/n]' whenever it must add packages beyond those named; a build has no terminal to answer, so apt-get aborts and the build fails, often only later, when a dependency changes. -y, --yes, --assume-yes, quiet level 2 (-qq) and -o APT::Get::Assume-Yes=true answer the prompt, as does piping from yes.",
        Fix = "Write apt-get install -y (or --yes).",
        Equivalents = new[] { "hadolint:DL3014", "trivy:DS-0021" },
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
                if (apt.Subcommand is { } install && apt.IsInstall && !apt.AssumesYes && !apt.IsFedByYes && !apt.HasOpaqueWords)
                {
                    sink.Report(Rule, install.Region, run.LogicalPath + "/apt-get#" + count.ToString(CultureInfo.InvariantCulture),
                        "'apt-get install' on line " + install.Region.StartLine.ToString(CultureInfo.InvariantCulture) +
                        " has no -y, so apt-get aborts at its 'Do you want to continue?' prompt whenever it needs extra packages: write 'apt-get install -y'.");
                }
            }
        }
    }
}
