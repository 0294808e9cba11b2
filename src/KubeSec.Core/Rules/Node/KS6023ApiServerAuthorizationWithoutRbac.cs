using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6023ApiServerAuthorizationWithoutRbac : AuthorizationModeRule
{
    public static readonly RuleDescriptor Rule = new("KS6023", "ApiServerAuthorizationWithoutRbac", "API server does not use RBAC authorization", Severity.High, RuleCategory.NodeConfiguration)
    {
        Description = "Without RBAC in --authorization-mode, kube-apiserver ignores Roles and RoleBindings: access is decided by the other authorizers alone (often AlwaysAllow or none). The flag defaults to AlwaysAllow. Structured authorization (--authorization-config) is not judged.",
        Fix = "Pass --authorization-mode=Node,RBAC to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.9",
        Equivalents = new[] { "trivy:KCV-0009", "checkov:CKV_K8S_77" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Authorizer => "RBAC";

    protected override string Consequence => "so Roles and RoleBindings have no effect";
}
