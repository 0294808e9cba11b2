using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1032HostUsers : PodSpecRule
{
    private static readonly KubernetesVersion UserNamespacesBeta = new(1, 30);

    public static readonly RuleDescriptor Rule = new("KS1032", "HostUsers", "Pod does not use a user namespace (hostUsers: false)", Severity.Info, RuleCategory.PodSecurity)
    {
        Description = "Unless spec.hostUsers is false, UID 0 in the pod is UID 0 on the node. With a user namespace, container root maps to an unprivileged node UID, which defeats many container escapes. Reported only when the target Kubernetes version is 1.30 or later (user namespaces beta).",
        Fix = "Set spec.hostUsers: false where the nodes support user namespaces (Linux 6.3+, a runtime with idmap mounts).",
        EnabledByDefault = false,
        Equivalents = new[] { "kubesec:HostUsers" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        if (pod.IsWindows || sink.Options.KubernetesVersion < UserNamespacesBeta)
        {
            return;
        }

        var hostUsers = pod.Spec["hostUsers"];
        if (hostUsers?.AsBoolean() == false)
        {
            return;
        }

        // Pods sharing a host namespace cannot use a user namespace; KS1002-KS1004 report those.
        foreach (var field in new[] { "hostNetwork", "hostPID", "hostIPC" })
        {
            if (pod.Spec[field]?.AsBoolean() == true)
            {
                return;
            }
        }

        var region = hostUsers is not null && !hostUsers.IsNull ? hostUsers.Region : pod.Spec.AnchorRegion;
        sink.Report(Rule, region, pod.Path + ".hostUsers",
            pod.Owner.Describe() + " does not set hostUsers: false, so root in its containers is root on the node: set spec.hostUsers: false where the nodes support user namespaces.",
            pod.Owner.Reference);
    }
}
