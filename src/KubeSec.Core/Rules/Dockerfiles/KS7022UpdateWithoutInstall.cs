using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7022UpdateWithoutInstall : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7022", "UpdateWithoutInstall", "Package index update alone in a RUN", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "A RUN updates a package index (apt-get update, apt update, apk update, yum/dnf/microdnf/zypper update) without installing or upgrading anything in the same RUN. The layer is cached, so later builds install from a stale index: packages that no longer exist make the build fail, and security updates are silently skipped.",
        Fix = "Update and install in the same RUN: RUN apt-get update && apt-get install -y ... && rm -rf /var/lib/apt/lists/*.",
        CisItem = "Docker 4.7",
        Equivalents = new[] { "trivy:DS-0017", "checkov:CKV_DOCKER_5" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var run in dockerfile.Instructions)
        {
            if (!run.Is(InstructionKeywords.Run))
            {
                continue;
            }

            RunCommand? update = null;
            var installs = false;
            foreach (var command in DockerfileFacts.Commands(run))
            {
                var verb = PackageManagers.Verb(command).Value;
                if (verb == "update" && update is null)
                {
                    update = command;
                }
                else if (PackageManagers.IsInstallVerb(verb))
                {
                    installs = true;
                }
            }

            if (update is { } alone && !installs && alone.FirstOperand is { } word)
            {
                sink.Report(Rule, word.Region, alone.Path(alone.Program),
                    "RUN on line " + DockerfileFacts.Line(run.StartLine) + " runs '" + QuotedText.Value(alone.Program) + " update' without installing anything, so its cached layer makes later installs use a stale index: update and install in the same RUN.");
            }
        }
    }
}
