using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1027LowUserOrGroupId : ContainerRule
{
    private const long Threshold = 10000;

    public static readonly RuleDescriptor Rule = new("KS1027", "LowUserOrGroupId", "Container runs with a UID or GID below 10000", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "UIDs and GIDs below 10000 are likely to belong to a real user or system account on the node; if the container escapes, it acts as that account. The rule fires when runAsUser (container, else pod) is unset or below 10000, or runAsGroup (container, else pod) is set below 10000.",
        Fix = "Set securityContext.runAsUser and runAsGroup to 10000 or more on the pod or the container.",
        EnabledByDefault = false,
        Equivalents = new[] { "kube-score:container-security-context-user-group-id", "checkov:CKV_K8S_40" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return;
        }

        var user = container.Effective("runAsUser");
        var uid = user.Node?.AsInteger();
        if (uid is null)
        {
            sink.Report(Rule, container.MissingFieldRegion, user.Path,
                container.Describe() + " does not set runAsUser, so it runs as its image's user: set securityContext.runAsUser to 10000 or more.",
                container.Owner.Reference, container.Name);
        }
        else if (uid < Threshold)
        {
            sink.Report(Rule, user.Node!.Region, user.Path,
                container.Describe() + " sets runAsUser: " + user.Node.Value + ", a UID that may belong to an account on the node: use 10000 or more.",
                container.Owner.Reference, container.Name);
        }

        var group = container.Effective("runAsGroup");
        if (group.Node?.AsInteger() is { } gid && gid < Threshold)
        {
            sink.Report(Rule, group.Node.Region, group.Path,
                container.Describe() + " sets runAsGroup: " + group.Node.Value + ", a GID that may belong to a group on the node: use 10000 or more.",
                container.Owner.Reference, container.Name);
        }
    }
}
