using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3012NodesProxyAccess : ManifestRule
{
    private static readonly string[] Resources = { "nodes/proxy" };
    private static readonly string[] Verbs = { "get", "create" };

    public static readonly RuleDescriptor Rule = new("KS3012", "NodesProxyAccess", "Role allows nodes/proxy", Severity.High, RuleCategory.Rbac)
    {
        Description = "get or create on nodes/proxy (explicitly or through '*') lets a subject call the kubelet API of every node through the API server: it can list every pod, read logs and, through the kubelet's exec and run endpoints, run commands in any container on the node, bypassing pods/exec RBAC and admission. Roles Kubernetes ships (system: names, cluster-admin, admin, edit) are skipped.",
        Fix = "Remove nodes/proxy from the role; monitoring agents need only nodes/metrics (and nodes/stats).",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (!RbacPolicy.IsRole(obj) || RbacPolicy.IsPlatformRole(obj) || RbacPolicy.FindGrant(obj, Resources, Verbs) is not { } grant)
        {
            return;
        }

        sink.Report(Rule, RbacPolicy.GrantRegion(grant.Rule, grant.Resource), grant.Rule.Path + ".resources",
            obj.Describe() + " " + grant.Rule.Path + " allows '" + grant.Verb + "' on 'nodes/proxy', which reaches every kubelet's API, exec included: remove nodes/proxy and use nodes/metrics for monitoring.",
            obj.Reference);
    }
}
