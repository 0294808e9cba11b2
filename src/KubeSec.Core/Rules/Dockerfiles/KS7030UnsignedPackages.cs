using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7030UnsignedPackages : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7030", "UnsignedPackages", "Package signature checks disabled", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "A package manager is told to install packages without checking their signatures: apk --allow-untrusted, apt-get --allow-unauthenticated, --allow-insecure-repositories or --force-yes, yum/dnf/microdnf/tdnf --nogpgcheck, rpm --nosignature, --nodigest, --noverify or --nogpgcheck. A mirror, proxy or anyone on the path can then ship modified packages that run as root during the build and in the image.",
        Fix = "Remove the flag and import the repository's signing key (apt: signed-by= keyring; rpm --import; apk keys in /etc/apk/keys).",
        Equivalents = new[] { "checkov:CKV2_DOCKER_7", "checkov:CKV2_DOCKER_8", "checkov:CKV2_DOCKER_9", "checkov:CKV2_DOCKER_10", "checkov:CKV2_DOCKER_11" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            var word = command.Program switch
            {
                "apk" => command.Find("--allow-untrusted"),
                "apt-get" or "apt" or "aptitude" => command.Find("--allow-unauthenticated") ?? command.Find("--allow-insecure-repositories") ?? command.Find("--force-yes") ?? AptOption(command),
                "yum" or "dnf" or "microdnf" or "tdnf" => command.Find("--nogpgcheck"),
                "rpm" => command.Find("--nosignature") ?? command.Find("--nodigest") ?? command.Find("--noverify") ?? command.Find("--nogpgcheck"),
                _ => null,
            };
            if (word is not null)
            {
                sink.Report(Rule, word.Region, command.Path(command.Program),
                    "'" + QuotedText.Value(command.Program + " " + word.Value) + "' on line " + DockerfileFacts.Line(word.Region.StartLine) + " installs packages without checking their signatures, so a tampered package runs as root: remove it and import the repository's signing key.");
            }
        }
    }

    private static ShellWord? AptOption(RunCommand command)
    {
        foreach (var word in command.Arguments)
        {
            var value = word.Value.ToLowerInvariant();
            if (value.IndexOf("allowunauthenticated=true", StringComparison.Ordinal) >= 0 || value.IndexOf("allowunauthenticated=1", StringComparison.Ordinal) >= 0)
            {
                return word;
            }
        }

        return null;
    }
}
