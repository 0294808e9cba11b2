using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4004ServiceExternalIPs : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS4004", "ServiceExternalIPs", "Service sets externalIPs", Severity.High, RuleCategory.Networking)
    {
        Description = "spec.externalIPs makes kube-proxy capture traffic for those addresses on every node. Anyone who can create a Service can use it to intercept traffic meant for another address inside or outside the cluster (CVE-2020-8554), which is why clusters are advised to block the field with admission control.",
        Fix = "Remove externalIPs and expose the Service with type LoadBalancer or an Ingress.",
        Equivalents = new[] { "trivy:KSV-0108" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "Service" || obj.Root.At("spec", "externalIPs") is not { IsSequence: true } ips || ips.Items.Count == 0)
        {
            return;
        }

        sink.Report(Rule, ips.AnchorRegion, obj.PathPrefix + "spec.externalIPs",
            obj.Describe() + " sets externalIPs, which makes every node capture traffic for those addresses (CVE-2020-8554): remove externalIPs and use a LoadBalancer Service or an Ingress.",
            obj.Reference);
    }
}
