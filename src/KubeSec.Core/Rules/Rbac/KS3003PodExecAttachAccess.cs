using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3003PodExecAttachAccess : ManifestRule
{
    internal static readonly string[] Resources = { "pods/exec", "pods/attach" };
    internal static readonly string[] Verbs = { "create", "get" };

    public static readonly RuleDescriptor Rule = new("KS3003", "PodExecAttachAccess", "Role allows pods/exec or pods/attach", Severity.High, RuleCategory.Rbac)
    {
        Description = "A Role or ClusterRole that allows create or get on pods/exec or pods/attach (explicitly or through '*') lets its subjects run commands in, or attach to, running containers: they get the containers' service-account tokens, Secrets and network position.",
        Fix = "Remove pods/exec and pods/attach from the role; grant them only to break-glass roles that are bound on demand.",
        Equivalents = new[] { "polaris:clusterrolePodExecAttach", "polaris:rolePodExecAttach" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (!RbacPolicy.IsRole(obj) || RbacPolicy.IsPlatformRole(obj) || RbacPolicy.FindGrant(obj, Resources, Verbs) is not { } grant)
        {
            return;
        }

        sink.Report(Rule, RbacPolicy.GrantRegion(grant.Rule, grant.Resource), grant.Rule.Path + ".resources",
            obj.Describe() + " " + grant.Rule.Path + " allows '" + grant.Verb + "' on '" + grant.Resource + "', which lets its subjects run commands in running containers: remove pods/exec and pods/attach from the role.",
            obj.Reference);
    }
}
