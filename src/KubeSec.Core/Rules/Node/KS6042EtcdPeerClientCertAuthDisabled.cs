using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6042EtcdPeerClientCertAuthDisabled : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6042", "EtcdPeerClientCertAuthDisabled", "etcd does not require peer certificates", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "etcd checks the certificates of other members against --peer-trusted-ca-file only with --peer-client-cert-auth=true; it defaults to false. kubeadm sets it.",
        Fix = "Pass --peer-client-cert-auth=true (with --peer-trusted-ca-file) to etcd.",
        CisItem = "CIS Kubernetes 2.5",
        Equivalents = new string[] { "trivy:KCV-0046", "checkov:CKV_K8S_121" },
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "peer-client-cert-auth";

    protected override bool Expected => true;

    protected override bool ProgramDefault => false;

    protected override string Consequence => "so any host that reaches the peer port can join the etcd cluster and read its data";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.Etcd;
}
