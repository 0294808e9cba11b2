using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1003HostPid : HostNamespaceRule
{
    public static readonly RuleDescriptor Rule = new("KS1003", "HostPid", "Pod uses the host PID namespace", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "Pods in the host PID namespace see and can signal every process on the node, and can read their environment and memory through /proc.",
        Fix = "Remove spec.hostPID or set it to false.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.3",
        Equivalents = new[] { "kube-linter:host-pid", "polaris:hostPIDSet", "trivy:KSV-0010", "checkov:CKV_K8S_17", "kubesec:HostPID", "kubeaudit:hostns" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Field => "hostPID";

    protected override string Shares => "the node's process namespace";
}
