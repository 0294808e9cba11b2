using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6020ApiServerAnonymousAuth : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6020", "ApiServerAnonymousAuth", "API server accepts anonymous requests", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "kube-apiserver serves requests that no authenticator rejects as the user system:anonymous (group system:unauthenticated); one RBAC binding to those subjects opens the API to the network. The flag defaults to true.",
        Fix = "Pass --anonymous-auth=false to kube-apiserver (kubeadm: apiServer.extraArgs), after moving health probes off anonymous access.",
        CisItem = "CIS Kubernetes 1.2.1",
        Equivalents = new string[] { "trivy:KCV-0001", "checkov:CKV_K8S_68" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "anonymous-auth";

    protected override bool Expected => false;

    protected override bool ProgramDefault => true;

    protected override string Consequence => "so requests without credentials reach it as system:anonymous";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;
}
