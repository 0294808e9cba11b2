using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1025CapabilitiesBeyondRestricted : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1025", "CapabilitiesBeyondRestricted", "Container adds a capability other than NET_BIND_SERVICE", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "The restricted Pod Security Standard lets a container add back only NET_BIND_SERVICE after dropping ALL; any other added capability (even one the baseline level allows, such as CHOWN or SETUID) fails it.",
        Fix = "Remove every capability but NET_BIND_SERVICE from securityContext.capabilities.add.",
        PodSecurity = PodSecurityLevel.Restricted,
        EnabledByDefault = false,
        Equivalents = new[] { "trivy:KSV-0106" },
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
            if (added.Name != "NET_BIND_SERVICE")
            {
                sink.Report(Rule, added.Node.Region, caps.Path + ".add[" + added.Name + "]",
                    container.Describe() + " adds capability " + added.Node.AsString() + ", but the restricted Pod Security Standard allows only NET_BIND_SERVICE: remove it from securityContext.capabilities.add.",
                    container.Owner.Reference, container.Name);
            }
        }
    }
}
