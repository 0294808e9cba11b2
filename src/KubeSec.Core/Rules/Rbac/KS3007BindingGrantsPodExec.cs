using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3007BindingGrantsPodExec : BindingGrantRule
{
    public static readonly RuleDescriptor Rule = new("KS3007", "BindingGrantsPodExec", "Binding grants pods/exec or pods/attach", Severity.High, RuleCategory.Rbac)
    {
        Description = "A RoleBinding or ClusterRoleBinding whose role (in the scan) allows create or get on pods/exec or pods/attach hands shell access to running containers to its subjects. Bindings to roles the scan does not contain are not judged, and bindings Kubernetes creates itself are skipped.",
        Fix = "Bind a role without pods/exec and pods/attach, or bind the exec role only on demand (break-glass).",
        Equivalents = new[] { "polaris:clusterrolebindingPodExecAttach", "polaris:rolebindingClusterRolePodExecAttach", "polaris:rolebindingRolePodExecAttach" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Consequence => "run commands in running containers";

    protected override string Remedy => "bind a role without pods/exec and pods/attach";

    protected override (PolicyRuleView Rule, string Resource, string Verb)? FindGrant(KubernetesObject role) =>
        RbacPolicy.FindGrant(role, KS3003PodExecAttachAccess.Resources, KS3003PodExecAttachAccess.Verbs);
}
