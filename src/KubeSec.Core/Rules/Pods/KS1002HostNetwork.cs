using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1002HostNetwork : HostNamespaceRule
{
    public static readonly RuleDescriptor Rule = new("KS1002", "HostNetwork", "Pod uses the host network namespace", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "Pods on the host network see every connection on the node, can bind its ports and reach services listening on localhost, and bypass NetworkPolicies.",
        Fix = "Remove spec.hostNetwork or set it to false.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.5",
        Equivalents = new[] { "kube-linter:host-network", "polaris:hostNetworkSet", "trivy:KSV-0009", "checkov:CKV_K8S_19", "kubesec:HostNetwork", "kubeaudit:hostns" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Field => "hostNetwork";

    protected override string Shares => "the node's network namespace";
}
