using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1001PrivilegedContainer : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1001", "PrivilegedContainer", "Container runs privileged", Severity.Critical, RuleCategory.PodSecurity)
    {
        Description = "A privileged container has every capability and all host devices: a process that escapes it owns the node.",
        Fix = "Remove securityContext.privileged or set it to false, and add only the capabilities the process needs.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.2",
        Equivalents = new[]
        {
            "kube-linter:privileged-container", "polaris:runAsPrivileged", "kube-score:container-security-context-privileged",
            "trivy:KSV-0017", "checkov:CKV_K8S_16", "kubesec:Privileged", "kubeaudit:privileged",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        var privileged = container.SecurityContext?["privileged"];
        if (privileged?.AsBoolean() == true)
        {
            sink.Report(Rule, privileged.Region, container.Path + ".securityContext.privileged",
                container.Describe() + " runs privileged, with full access to the node: remove securityContext.privileged or set it to false.",
                container.Owner.Reference, container.Name);
        }
    }
}
