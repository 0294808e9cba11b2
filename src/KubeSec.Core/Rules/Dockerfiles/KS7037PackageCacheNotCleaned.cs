using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7037PackageCacheNotCleaned : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7037", "PackageCacheNotCleaned", "yum, dnf, microdnf or zypper cache not cleaned", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "A RUN installs packages with yum, dnf, microdnf or zypper and does not clean the package manager's cache in the same RUN (yum/dnf/microdnf clean all, zypper clean, or rm -rf /var/cache/yum, /var/cache/dnf, /var/cache/zypp), so metadata and downloaded packages stay in the layer. RUNs with a cache mount pass. Opt-in: image size.",
        Fix = "End the RUN with && yum clean all (dnf clean all, microdnf clean all, zypper clean).",
        Equivalents = new[] { "hadolint:DL3032", "hadolint:DL3040", "hadolint:DL3036", "trivy:DS-0015", "trivy:DS-0019", "trivy:DS-0020", "trivy:DS-0027" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var run in dockerfile.Instructions)
        {
            if (!run.Is(InstructionKeywords.Run) || run.FindFlag("mount") is { Value: { } mount } && mount.IndexOf("type=cache", StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var installs = new List<(RunCommand Command, ShellWord Verb)>();
            var cleaned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var command in DockerfileFacts.Commands(run))
            {
                var program = command.Program;
                var verb = PackageManagers.Verb(command).Word;
                if (program is "yum" or "dnf" or "microdnf" or "zypper" && verb is not null)
                {
                    if (verb.Value is "clean" or "cc")
                    {
                        cleaned.Add(program);
                    }
                    else if (verb.Value is "install" or "in" or "groupinstall" or "localinstall" or "reinstall")
                    {
                        installs.Add((command, verb));
                    }
                }
                else if (program == "rm")
                {
                    foreach (var word in command.Arguments)
                    {
                        if (word.Value.StartsWith("/var/cache/yum", StringComparison.Ordinal)) { cleaned.Add("yum"); }
                        if (word.Value.StartsWith("/var/cache/dnf", StringComparison.Ordinal)) { cleaned.Add("dnf"); cleaned.Add("microdnf"); }
                        if (word.Value.StartsWith("/var/cache/zypp", StringComparison.Ordinal)) { cleaned.Add("zypper"); }
                    }
                }
            }

            foreach (var (command, verb) in installs)
            {
                if (!cleaned.Contains(command.Program))
                {
                    var clean = command.Program == "zypper" ? "zypper clean" : command.Program + " clean all";
                    sink.Report(Rule, verb.Region, command.Path(command.Program),
                        "'" + QuotedText.Value(command.Program + " " + verb.Value) + "' on line " + DockerfileFacts.Line(verb.Region.StartLine) + " leaves the package cache in the layer: end the RUN with '&& " + clean + "'.");
                }
            }
        }
    }
}
