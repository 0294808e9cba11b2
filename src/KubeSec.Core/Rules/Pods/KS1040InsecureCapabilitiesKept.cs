using System;
using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1040InsecureCapabilitiesKept : ContainerRule
{
    /// <summary>
    /// The capabilities Docker and containerd grant every container unless dropped, plus NET_ADMIN, which
    /// an explicit drop list must name too so that a later add of it is still removed.
    /// </summary>
    internal static readonly string[] InsecureCapabilities =
    {
        "NET_ADMIN", "CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW", "SETGID", "SETUID",
        "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE",
    };

    public static readonly RuleDescriptor Rule = new("KS1040", "InsecureCapabilitiesKept", "Container keeps insecure default capabilities", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "Unless a container drops them, the runtime grants it CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_RAW, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT and AUDIT_WRITE, which let a compromised process take over files it does not own, switch users, forge packets and more. The rule passes a container whose securityContext.capabilities.drop names ALL, or names every one of those capabilities and NET_ADMIN (in any letter case). It is the looser form of KS1009, which insists on ALL as the restricted Pod Security Standard does; it is opt-in so the two do not report the same container twice by default.",
        Fix = "Set securityContext.capabilities.drop to [ALL] and add back only what the process needs.",
        Equivalents = new[] { "polaris:insecureCapabilities" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return; // Linux capabilities only.
        }

        var caps = ContainerCapabilities.Of(container);
        if (caps.DropsAll || TemplatePlaceholder.In(container.SecurityContext?["capabilities"]))
        {
            return;
        }

        var dropped = new HashSet<string>(caps.Dropped.Select(entry => entry.Name), StringComparer.Ordinal);
        var kept = InsecureCapabilities.Where(name => !dropped.Contains(name)).ToList();
        if (kept.Count == 0)
        {
            return;
        }

        var what = kept.Count == InsecureCapabilities.Length ? "drops none of the insecure capabilities" : "does not drop " + string.Join(", ", kept);
        sink.Report(Rule, caps.MissingDropRegion, caps.Path + ".drop",
            container.Describe() + " " + what + ", so it keeps capabilities a compromised process can abuse: set securityContext.capabilities.drop to [ALL].",
            container.Owner.Reference, container.Name);
    }
}
