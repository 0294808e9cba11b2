using System;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1034NoLinuxHardening : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1034", "NoLinuxHardening", "Container has no Linux hardening (seccomp, SELinux, AppArmor or dropped capabilities)", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "A summary check for teams that accept any one kernel hardening mechanism: the container passes with a RuntimeDefault or Localhost seccomp profile, any seLinuxOptions, a RuntimeDefault or Localhost AppArmor profile, or capabilities.drop containing ALL without ALL added back.",
        Fix = "Set securityContext.seccompProfile.type: RuntimeDefault on the pod, or drop ALL capabilities in each container.",
        EnabledByDefault = false,
        Equivalents = new[] { "polaris:linuxHardening" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows || HasSeccomp(container) || HasSeLinux(container) || HasAppArmor(container) || DropsAllCapabilities(container))
        {
            return;
        }

        sink.Report(Rule, container.MissingFieldRegion, container.Path + ".securityContext",
            container.Describe() + " has no seccomp profile, SELinux options, AppArmor profile or dropped capabilities: set seccompProfile.type: RuntimeDefault or drop ALL capabilities.",
            container.Owner.Reference, container.Name);
    }

    private static bool HasSeccomp(ContainerView container) =>
        SeccompSetting.Of(container).Kind is SeccompKind.RuntimeDefault or SeccompKind.Localhost;

    private static bool HasSeLinux(ContainerView container) =>
        container.Effective("seLinuxOptions").Node is { IsMapping: true } options && options.Entries.Count > 0;

    private static bool HasAppArmor(ContainerView container)
    {
        if (container.Pod.Annotation(KS1020AppArmorUnconfined.AnnotationPrefix + container.Name)?.AsString() is { } value)
        {
            return value == "runtime/default" || value.StartsWith("localhost/", StringComparison.Ordinal);
        }

        return container.Effective("appArmorProfile").Node?["type"]?.AsString() is "RuntimeDefault" or "Localhost";
    }

    private static bool DropsAllCapabilities(ContainerView container)
    {
        var caps = ContainerCapabilities.Of(container);
        if (!caps.DropsAll)
        {
            return false;
        }

        foreach (var added in caps.Added)
        {
            if (added.Name == ContainerCapabilities.All)
            {
                return false;
            }
        }

        return true;
    }
}
