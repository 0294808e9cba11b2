using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1004HostIpc : HostNamespaceRule
{
    public static readonly RuleDescriptor Rule = new("KS1004", "HostIpc", "Pod uses the host IPC namespace", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "Pods in the host IPC namespace can read and write the shared memory of every process on the node.",
        Fix = "Remove spec.hostIPC or set it to false.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.4",
        Equivalents = new[] { "kube-linter:host-ipc", "polaris:hostIPCSet", "trivy:KSV-0008", "checkov:CKV_K8S_18", "kubesec:HostIPC", "kubeaudit:hostns" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Field => "hostIPC";

    protected override string Shares => "the node's IPC namespace";
}
