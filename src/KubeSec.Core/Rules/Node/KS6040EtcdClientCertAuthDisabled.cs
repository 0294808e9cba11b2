using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6040EtcdClientCertAuthDisabled : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6040", "EtcdClientCertAuthDisabled", "etcd does not require client certificates", Severity.High, RuleCategory.NodeConfiguration)
    {
        Description = "etcd checks client certificates against --trusted-ca-file only with --client-cert-auth=true; it defaults to false. kubeadm sets it.",
        Fix = "Pass --client-cert-auth=true (with --trusted-ca-file) to etcd.",
        CisItem = "CIS Kubernetes 2.2",
        Equivalents = new string[] { "trivy:KCV-0043", "checkov:CKV_K8S_117" },
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "client-cert-auth";

    protected override bool Expected => true;

    protected override bool ProgramDefault => false;

    protected override string Consequence => "so any client that reaches the client port can read and write every object of the cluster, secrets included";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.Etcd;
}
