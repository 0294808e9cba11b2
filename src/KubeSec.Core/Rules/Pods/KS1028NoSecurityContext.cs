using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Pods;

public sealed class KS1028NoSecurityContext : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1028", "NoSecurityContext", "Container and pod set no securityContext at all", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "A container whose own securityContext and whose pod's securityContext are both missing or empty runs with every runtime default: as the image's user (often root), with privilege escalation allowed, the default capabilities, a writable root filesystem and no seccomp profile.",
        Fix = "Add a securityContext to the pod (runAsNonRoot, seccompProfile) and to the container (allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities.drop: [ALL]).",
        EnabledByDefault = false,
        Equivalents = new[] { "trivy:KSV-0118" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (IsEmpty(container.Node["securityContext"]) && IsEmpty(container.Pod.Spec["securityContext"]))
        {
            sink.Report(Rule, container.MissingFieldRegion, container.Path + ".securityContext",
                container.Describe() + " has no securityContext and neither has its pod, so every runtime default applies: add one that runs as non-root, drops ALL capabilities and disallows privilege escalation.",
                container.Owner.Reference, container.Name);
        }
    }

    private static bool IsEmpty(YamlNode? node) => node is null || node.IsNull || (node.IsMapping && node.Entries.Count == 0);
}
