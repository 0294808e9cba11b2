using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6022ApiServerAuthorizationWithoutNode : AuthorizationModeRule
{
    public static readonly RuleDescriptor Rule = new("KS6022", "ApiServerAuthorizationWithoutNode", "API server does not use the Node authorizer", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Without Node in --authorization-mode, kubelet credentials are not restricted to the secrets, pods and volumes of their own node (the NodeRestriction admission plugin needs it too), so one compromised node can read every secret it can reach through RBAC. The flag defaults to AlwaysAllow. Structured authorization (--authorization-config) is not judged.",
        Fix = "Pass --authorization-mode=Node,RBAC to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.8",
        Equivalents = new[] { "trivy:KCV-0008", "checkov:CKV_K8S_75" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Authorizer => "Node";

    protected override string Consequence => "so kubelets are not limited to the objects of their own node";
}
