using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4020NodePortService : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS4020", "NodePortService", "Service has type NodePort", Severity.Low, RuleCategory.Networking)
    {
        Description = "A Service of type NodePort listens on a port of every node of the cluster, on all the node's addresses, including nodes that run none of its pods. Clients reach it past the Ingress or load balancer where TLS, authentication and rate limits live, the port range (30000-32767) is shared by the whole cluster, and unless externalTrafficPolicy is Local the traffic is forwarded between nodes with its source address rewritten, so NetworkPolicy ipBlock rules cannot tell clients apart. Unlike KS4003, LoadBalancer Services pass: they are the managed way to expose a service. Opt-in, for teams that allow LoadBalancer Services but not NodePorts.",
        Fix = "Use type ClusterIP behind an Ingress or Gateway, or type LoadBalancer for a deliberate edge service.",
        Equivalents = new[] { "kube-score:service-type" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "Service" || obj.Root.At("spec", "type") is not { } type || type.AsString() != "NodePort")
        {
            return;
        }

        sink.Report(Rule, type.Region, obj.PathPrefix + "spec.type",
            obj.Describe() + " has type NodePort, so every node of the cluster listens on its port and clients bypass the Ingress: use ClusterIP behind an Ingress, or a LoadBalancer for an edge service.",
            obj.Reference);
    }
}
