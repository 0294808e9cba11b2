using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1012NetRawCapability : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1012", "NetRawCapability", "Container configures capabilities but keeps NET_RAW", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "NET_RAW lets a process craft raw packets: ARP and DNS spoofing against other pods on the node. Runtimes grant it by default. The rule looks at containers that set securityContext.capabilities (KS1009 reports containers that set none) and fires when NET_RAW (or ALL) is added or neither NET_RAW nor ALL is dropped.",
        Fix = "Add NET_RAW (or ALL) to securityContext.capabilities.drop and remove it from add.",
        CisItem = "CIS Kubernetes 5.2.8",
        Equivalents = new[] { "kube-linter:drop-net-raw-capability" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return;
        }

        var caps = ContainerCapabilities.Of(container);
        if (caps.Node is null)
        {
            return;
        }

        foreach (var added in caps.Added)
        {
            if (added.Name is "NET_RAW" or ContainerCapabilities.All)
            {
                sink.Report(Rule, added.Node.Region, caps.Path + ".add[" + added.Name + "]",
                    container.Describe() + " adds " + added.Node.AsString() + ", which grants NET_RAW (raw sockets, packet spoofing): remove it from add and drop NET_RAW.",
                    container.Owner.Reference, container.Name);
                return;
            }
        }

        if (!caps.Drops("NET_RAW"))
        {
            sink.Report(Rule, caps.MissingDropRegion, caps.Path + ".drop",
                container.Describe() + " does not drop NET_RAW, so it can open raw sockets and spoof packets: add NET_RAW (or ALL) to securityContext.capabilities.drop.",
                container.Owner.Reference, container.Name);
        }
    }
}
