using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6043EtcdPeerAutoTls : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6043", "EtcdPeerAutoTls", "etcd members talk over self-signed certificates", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "With --peer-auto-tls=true etcd generates self-signed certificates for member-to-member traffic. It defaults to false, so only an explicit true fires.",
        Fix = "Remove --peer-auto-tls or set it to false and give --peer-cert-file and --peer-key-file.",
        CisItem = "CIS Kubernetes 2.6",
        Equivalents = new string[] { "trivy:KCV-0047" },
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "peer-auto-tls";

    protected override bool Expected => false;

    protected override bool ProgramDefault => false;

    protected override string Consequence => "so members cannot verify each other and peer traffic can be intercepted";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.Etcd;
}
