using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4003ExposedServiceType : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS4003", "ExposedServiceType", "Service is exposed outside the cluster (NodePort or LoadBalancer)", Severity.Low, RuleCategory.Networking)
    {
        Description = "A Service of type NodePort opens a port on every node, and a LoadBalancer Service (usually) a public address: the workload is reachable from outside the cluster, past any Ingress, WAF or authentication proxy in front of the other services.",
        Fix = "Use type ClusterIP and publish the service through an Ingress or Gateway; keep NodePort and LoadBalancer for deliberate edge services.",
        Equivalents = new[] { "kube-linter:exposed-services" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "Service" || obj.Root.At("spec", "type") is not { } type || type.AsString() is not ("NodePort" or "LoadBalancer"))
        {
            return;
        }

        sink.Report(Rule, type.Region, obj.PathPrefix + "spec.type",
            obj.Describe() + " has type " + type.AsString() + ", which exposes it outside the cluster: use ClusterIP behind an Ingress unless it is meant to be an edge service.",
            obj.Reference);
    }
}
