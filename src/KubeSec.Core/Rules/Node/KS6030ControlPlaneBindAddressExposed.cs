using System;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6030ControlPlaneBindAddressExposed : ControlPlaneFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6030", "ControlPlaneBindAddressExposed", "Controller manager or scheduler listens on every interface", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "kube-controller-manager and kube-scheduler serve health, metrics and profiling on their secure port bound to --bind-address, which defaults to 0.0.0.0 (all interfaces); they need no traffic from outside the node. kubeadm sets 127.0.0.1.",
        Fix = "Pass --bind-address=127.0.0.1 to kube-controller-manager and kube-scheduler.",
        CisItem = "CIS Kubernetes 1.3.7, 1.4.2",
        Equivalents = new[] { "trivy:KCV-0039", "trivy:KCV-0041", "checkov:CKV_K8S_113", "checkov:CKV_K8S_115" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool AppliesTo(ControlPlaneComponent component) =>
        component == ControlPlaneComponent.ControllerManager || component == ControlPlaneComponent.Scheduler;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        var address = flags.Get("bind-address");
        if (address is null)
        {
            flags.Report(sink, Rule, flags.MissingRegion, flags.PathOf("bind-address"),
                flags.Describe + " does not set --bind-address, so " + flags.ProgramName + " listens on every interface: add --bind-address=127.0.0.1.");
        }
        else if (!IsLoopback(address.Value))
        {
            flags.Report(sink, Rule, address.Region, address.Path,
                flags.Describe + " sets " + Written(address) + ", so " + flags.ProgramName + " listens beyond the node's loopback interface: set --bind-address=127.0.0.1.");
        }
    }

    private static bool IsLoopback(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        return text.StartsWith("127.", StringComparison.Ordinal) || text == "::1" || string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase);
    }
}
