using System;
using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1023UnsafeSysctls : PodSpecRule
{
    /// <summary>The kubelet's safe sysctls and the release that made each one safe (the Pod Security Standards follow the same list).</summary>
    private static readonly Dictionary<string, KubernetesVersion> SafeSince = new(StringComparer.Ordinal)
    {
        ["kernel.shm_rmid_forced"] = new(1, 0),
        ["net.ipv4.ip_local_port_range"] = new(1, 0),
        ["net.ipv4.tcp_syncookies"] = new(1, 0),
        ["net.ipv4.ping_group_range"] = new(1, 18),
        ["net.ipv4.ip_unprivileged_port_start"] = new(1, 22),
        ["net.ipv4.ip_local_reserved_ports"] = new(1, 27),
        ["net.ipv4.tcp_keepalive_time"] = new(1, 29),
        ["net.ipv4.tcp_fin_timeout"] = new(1, 29),
        ["net.ipv4.tcp_keepalive_intvl"] = new(1, 29),
        ["net.ipv4.tcp_keepalive_probes"] = new(1, 29),
        ["net.ipv4.tcp_rmem"] = new(1, 32),
        ["net.ipv4.tcp_wmem"] = new(1, 32),
    };

    public static readonly RuleDescriptor Rule = new("KS1023", "UnsafeSysctls", "Pod sets a sysctl outside the safe set", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "Sysctls outside the kubelet's safe set can affect other pods or the whole node (shared memory and message-queue limits, network stack settings); the kubelet refuses them unless allowed with --allowed-unsafe-sysctls, and the baseline Pod Security Standard forbids them. The safe set depends on the target Kubernetes version.",
        Fix = "Remove the sysctl from spec.securityContext.sysctls, or set it on the node instead.",
        PodSecurity = PodSecurityLevel.Baseline,
        Equivalents = new[] { "kube-linter:unsafe-sysctls", "trivy:KSV-0026" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        if (pod.SecurityContext?["sysctls"] is not { IsSequence: true } sysctls)
        {
            return;
        }

        var version = sink.Options.KubernetesVersion;
        foreach (var sysctl in sysctls.Items)
        {
            if (sysctl["name"] is not { } nameNode || nameNode.AsString() is not { Length: > 0 } name)
            {
                continue;
            }

            // The kubelet also accepts slash-separated names (net/ipv4/tcp_syncookies).
            var normalized = name.IndexOf('.') < 0 ? name.Replace('/', '.') : name;
            if (SafeSince.TryGetValue(normalized, out var since) && version >= since)
            {
                continue;
            }

            sink.Report(Rule, nameNode.Region, pod.Path + ".securityContext.sysctls[" + name + "]",
                pod.Owner.Describe() + " sets sysctl " + name + ", which is not in the safe set for Kubernetes " + version + " and can affect other pods on the node: remove it or configure it on the node.",
                pod.Owner.Reference);
        }
    }
}
