using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6031ControllerManagerSharedCredentials : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6031", "ControllerManagerSharedCredentials", "Controller manager runs all controllers with one identity", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "Unless --use-service-account-credentials=true, kube-controller-manager runs every controller with its own credentials instead of a per-controller service account, so RBAC cannot limit each controller and a bug in one controller has the rights of all. kubeadm sets it to true.",
        Fix = "Pass --use-service-account-credentials=true to kube-controller-manager.",
        CisItem = "CIS Kubernetes 1.3.3",
        Equivalents = new string[] { "trivy:KCV-0035", "checkov:CKV_K8S_108" },
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "use-service-account-credentials";

    protected override bool Expected => true;

    protected override bool ProgramDefault => false;

    protected override string Consequence => "so every controller acts with the controller manager's own, very broad credentials";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ControllerManager;
}
