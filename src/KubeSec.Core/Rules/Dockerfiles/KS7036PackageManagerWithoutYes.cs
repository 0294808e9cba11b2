using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7036PackageManagerWithoutYes : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7036", "PackageManagerWithoutYes", "yum, dnf or zypper without non-interactive flag", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "yum or dnf install/groupinstall/localinstall/reinstall/update/upgrade/remove without -y (--assumeyes), or zypper install/remove/update/patch/dist-upgrade without -n/--non-interactive or -y/--no-confirm, waits for a confirmation no build can give, so the build aborts. microdnf never prompts and is not checked. Commands whose words include an unquoted variable are skipped.",
        Fix = "Add -y (yum, dnf) or -n / --non-interactive (zypper, before the subcommand).",
        Equivalents = new[] { "hadolint:DL3030", "hadolint:DL3038", "hadolint:DL3034" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            var program = command.Program;
            if (program is not ("yum" or "dnf" or "zypper") || PackageManagers.Verb(command).Word is not { } verb || HasVariable(command))
            {
                continue;
            }

            var prompts = program == "zypper"
                ? verb.Value is "install" or "in" or "remove" or "rm" or "update" or "up" or "patch" or "dist-upgrade" or "dup" &&
                  !command.Has("-n") && !command.Has("--non-interactive") && !command.Has("-y") && !command.Has("--no-confirm")
                : verb.Value is "install" or "groupinstall" or "localinstall" or "reinstall" or "update" or "upgrade" or "remove" or "erase" &&
                  !command.Has("--assumeyes") && command.FindShort('y', "cdexRt") is null;
            if (prompts)
            {
                sink.Report(Rule, verb.Region, command.Path(program),
                    "'" + QuotedText.Value(program + " " + verb.Value) + "' on line " + DockerfileFacts.Line(verb.Region.StartLine) + " waits for a confirmation the build cannot give: add " + (program == "zypper" ? "-n (zypper -n " + verb.Value + ")" : "-y") + ".");
            }
        }
    }

    private static bool HasVariable(RunCommand command)
    {
        foreach (var word in command.Arguments)
        {
            if (word.HasExpansion && !word.IsQuoted)
            {
                return true;
            }
        }

        return false;
    }
}
