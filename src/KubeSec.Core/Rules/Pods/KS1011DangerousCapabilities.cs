using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1011DangerousCapabilities : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1011", "DangerousCapabilities", "Container adds SYS_ADMIN, NET_ADMIN or ALL capabilities", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "SYS_ADMIN is close to privileged (mount, namespaces, BPF, many escape paths); NET_ADMIN lets a process rewrite the pod's and, with host networking, the node's routing and firewall rules; ALL grants both and more.",
        Fix = "Remove SYS_ADMIN, NET_ADMIN and ALL from securityContext.capabilities.add and grant the narrow capability the process really needs.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.9",
        Equivalents = new[] { "polaris:dangerousCapabilities", "trivy:KSV-0005", "checkov:CKV_K8S_39", "kubesec:CapSysAdmin" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        var caps = ContainerCapabilities.Of(container);
        foreach (var added in caps.Added)
        {
            if (added.Name is "SYS_ADMIN" or "NET_ADMIN" or ContainerCapabilities.All)
            {
                sink.Report(Rule, added.Node.Region, caps.Path + ".add[" + added.Name + "]",
                    container.Describe() + " adds the dangerous capability " + added.Node.AsString() + ": remove it from securityContext.capabilities.add and grant only the narrow capability the process needs.",
                    container.Owner.Reference, container.Name);
            }
        }
    }
}
