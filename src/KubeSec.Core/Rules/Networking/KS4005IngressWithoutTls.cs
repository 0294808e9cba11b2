using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4005IngressWithoutTls : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS4005", "IngressWithoutTls", "Ingress has no TLS configuration", Severity.Medium, RuleCategory.Networking)
    {
        Description = "An Ingress without spec.tls serves its hosts over plain HTTP, so credentials, cookies and data cross the network unencrypted and can be read or altered on the way.",
        Fix = "Add spec.tls with the hosts and the Secret holding their certificate (for example issued by cert-manager).",
        Equivalents = new[] { "polaris:tlsSettingsMissing" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "Ingress" || obj.Root["spec"] is not { IsMapping: true } spec)
        {
            return;
        }

        if (spec["tls"] is { IsSequence: true } tls && tls.Items.Count > 0)
        {
            return;
        }

        var anchor = spec["tls"] ?? spec;
        sink.Report(Rule, anchor.AnchorRegion, obj.PathPrefix + "spec.tls",
            obj.Describe() + " has no spec.tls, so its hosts are served over plain HTTP: add spec.tls with the hosts and a certificate Secret.",
            obj.Reference);
    }
}
