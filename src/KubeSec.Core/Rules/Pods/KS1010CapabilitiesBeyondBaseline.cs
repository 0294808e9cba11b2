using System;
using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1010CapabilitiesBeyondBaseline : ContainerRule
{
    /// <summary>What the baseline Pod Security Standard lets a container add (the runtimes' historical default set).</summary>
    internal static readonly HashSet<string> BaselineCapabilities = new(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
        "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    public static readonly RuleDescriptor Rule = new("KS1010", "CapabilitiesBeyondBaseline", "Container adds capabilities beyond the baseline set", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "The baseline Pod Security Standard lets a container add only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT; anything else (NET_RAW, SYS_PTRACE, SYS_ADMIN, ALL, ...) widens what a compromised process can do to the node.",
        Fix = "Remove the capability from securityContext.capabilities.add, or run the workload where a policy exception covers it.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.9",
        Equivalents = new[] { "trivy:KSV-0022", "kubeaudit:capabilities" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return;
        }

        var caps = ContainerCapabilities.Of(container);
        foreach (var added in caps.Added)
        {
            if (!BaselineCapabilities.Contains(added.Name))
            {
                sink.Report(Rule, added.Node.Region, caps.Path + ".add[" + added.Name + "]",
                    container.Describe() + " adds capability " + added.Node.AsString() + ", which the baseline Pod Security Standard does not allow: remove it from securityContext.capabilities.add.",
                    container.Owner.Reference, container.Name);
            }
        }
    }
}
