using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6027ApiServerAuditLogDisabled : RequiredFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6027", "ApiServerAuditLogDisabled", "API server writes no audit log", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "kube-apiserver writes audit events to a file only with --audit-log-path (a webhook backend via --audit-webhook-config-file counts too); without either, API requests leave no audit trail.",
        Fix = "Pass --audit-log-path (and --audit-policy-file) to kube-apiserver.",
        CisItem = "CIS Kubernetes 1.2.19",
        Equivalents = new[] { "trivy:KCV-0019", "checkov:CKV_K8S_91" },
        EnabledByDefault = true,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "audit-log-path";

    protected override string Consequence => "so there is no record of who did what through the API";

    protected override string Example => "/var/log/kubernetes/audit/audit.log";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        // An audit webhook is an audit backend too.
        if (flags.Get("audit-webhook-config-file") is { Value.Length: > 0 })
        {
            return;
        }

        base.CheckFlags(flags, sink);
    }
}
