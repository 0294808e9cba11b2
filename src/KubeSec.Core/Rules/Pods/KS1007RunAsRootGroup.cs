using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1007RunAsRootGroup : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1007", "RunAsRootGroup", "Container runs with the root group (GID 0)", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "A process whose primary or supplementary group is 0 can read and write every file the root group owns or that is group-writable for root, in the image and on mounted volumes, even when its user is not root. runAsGroup is inherited from the pod; fsGroup and supplementalGroups are pod-level.",
        Fix = "Set runAsGroup (and fsGroup) to a non-zero GID and remove 0 from supplementalGroups.",
        Equivalents = new[] { "kube-linter:run-as-non-root", "trivy:KSV-0116" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return;
        }

        var group = container.Effective("runAsGroup");
        if (group.Node?.AsInteger() == 0)
        {
            Report(container, sink, group.Node.Region, group.Path, "runAsGroup: 0");
            return;
        }

        var podContext = container.Pod.SecurityContext;
        if (podContext?["fsGroup"] is { } fsGroup && fsGroup.AsInteger() == 0)
        {
            Report(container, sink, fsGroup.Region, container.Pod.Path + ".securityContext.fsGroup", "fsGroup: 0");
            return;
        }

        if (podContext?["supplementalGroups"] is { IsSequence: true } groups && groups.Items.FirstOrDefault(g => g.AsInteger() == 0) is { } root)
        {
            Report(container, sink, root.Region, container.Pod.Path + ".securityContext.supplementalGroups", "supplementalGroups containing 0");
        }
    }

    private static void Report(ContainerView container, FindingSink sink, SourceRegion region, string path, string setting) =>
        sink.Report(Rule, region, path,
            container.Describe() + " runs with the root group because of " + setting + ": use a non-zero GID.",
            container.Owner.Reference, container.Name);
}
