using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6041EtcdAutoTls : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6041", "EtcdAutoTls", "etcd serves clients with a self-signed certificate", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "With --auto-tls=true etcd generates a self-signed certificate for client connections that no client can verify. It defaults to false, so only an explicit true fires.",
        Fix = "Remove --auto-tls or set it to false and give --cert-file and --key-file.",
        CisItem = "CIS Kubernetes 2.3",
        Equivalents = new string[] { "trivy:KCV-0044", "checkov:CKV_K8S_118" },
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "auto-tls";

    protected override bool Expected => false;

    protected override bool ProgramDefault => false;

    protected override string Consequence => "so clients cannot verify the server and can be intercepted";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.Etcd;
}
