using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1009CapabilitiesNotDroppedAll : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1009", "CapabilitiesNotDroppedAll", "Container does not drop all capabilities", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "Container runtimes grant a default set of capabilities (CHOWN, DAC_OVERRIDE, FOWNER, NET_RAW, SETUID, SETGID, ...) that most processes never use; the restricted Pod Security Standard requires capabilities.drop to contain ALL.",
        Fix = "Add ALL to securityContext.capabilities.drop and add back only what the process needs (restricted allows only NET_BIND_SERVICE).",
        PodSecurity = PodSecurityLevel.Restricted,
        CisItem = "CIS Kubernetes 5.2.10",
        Equivalents = new[] { "trivy:KSV-0003", "checkov:CKV_K8S_37", "kubesec:CapDropAll", "kubeaudit:capabilities" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return; // Linux capabilities; the Pod Security Standards exempt Windows pods.
        }

        var caps = ContainerCapabilities.Of(container);
        if (caps.DropsAll)
        {
            return;
        }

        sink.Report(Rule, caps.MissingDropRegion, caps.Path + ".drop",
            container.Describe() + " does not drop ALL capabilities, so it keeps the runtime's default set: add ALL to securityContext.capabilities.drop.",
            container.Owner.Reference, container.Name);
    }
}
