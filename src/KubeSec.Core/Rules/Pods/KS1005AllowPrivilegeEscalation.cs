using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1005AllowPrivilegeEscalation : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1005", "AllowPrivilegeEscalation", "Container may gain more privileges than its parent process", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "Unless allowPrivilegeEscalation is false, a process can gain privileges through setuid binaries or file capabilities (no_new_privs is not set). Kubernetes defaults it to true.",
        Fix = "Set securityContext.allowPrivilegeEscalation: false on the container.",
        PodSecurity = PodSecurityLevel.Restricted,
        CisItem = "CIS Kubernetes 5.2.6",
        Equivalents = new[]
        {
            "kube-linter:privilege-escalation-container", "polaris:privilegeEscalationAllowed", "trivy:KSV-0001",
            "checkov:CKV_K8S_20", "kubesec:AllowPrivilegeEscalation", "kubeaudit:privesc",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return; // Linux-only field; the Pod Security Standards exempt Windows pods.
        }

        var path = container.Path + ".securityContext.allowPrivilegeEscalation";
        var setting = container.SecurityContext?["allowPrivilegeEscalation"];
        switch (setting?.AsBoolean())
        {
            case false:
                return;
            case true:
                sink.Report(Rule, setting!.Region, path,
                    container.Describe() + " sets allowPrivilegeEscalation: true, so setuid binaries can gain privileges: set it to false.",
                    container.Owner.Reference, container.Name);
                return;
            default:
                sink.Report(Rule, container.MissingFieldRegion, path,
                    container.Describe() + " does not set securityContext.allowPrivilegeEscalation, which defaults to true: set it to false.",
                    container.Owner.Reference, container.Name);
                return;
        }
    }
}
