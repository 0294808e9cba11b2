using System;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6008KubeletServingCertificateSelfSigned : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6008", "KubeletServingCertificateSelfSigned", "Kubelet serves with a self-signed or unrotated certificate", Severity.Low, RuleCategory.NodeConfiguration)
    {
        Description = "Unless serverTLSBootstrap is true (a CA-signed serving certificate requested and rotated through the CSR API) or tlsCertFile and tlsPrivateKeyFile are given, the kubelet serves port 10250 with a self-signed certificate that the API server cannot verify. Turning the RotateKubeletServerCertificate feature gate off stops that rotation.",
        Fix = "Set serverTLSBootstrap: true (and approve kubelet-serving CSRs), or set tlsCertFile and tlsPrivateKeyFile.",
        CisItem = "CIS Kubernetes 4.2.10, 4.2.12",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        var gate = config.Field("featureGates.RotateKubeletServerCertificate");
        var bootstrap = config.Field("serverTLSBootstrap");
        if (bootstrap?.AsBoolean() == true)
        {
            if (gate?.AsBoolean() == false)
            {
                config.Report(sink, Rule, gate.Region, "featureGates.RotateKubeletServerCertificate",
                    config.Describe() + " turns off the RotateKubeletServerCertificate feature gate, so serverTLSBootstrap never renews the serving certificate: remove the gate or set it to true.");
            }

            return;
        }

        var cert = config.Field("tlsCertFile")?.AsString();
        var key = config.Field("tlsPrivateKeyFile")?.AsString();
        if (!string.IsNullOrWhiteSpace(cert) && !string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        config.Report(sink, Rule, bootstrap?.Region ?? config.KindRegion, "serverTLSBootstrap",
            config.Describe() + (bootstrap is null ? " does not set serverTLSBootstrap" : " sets serverTLSBootstrap: " + bootstrap.AsString())
            + " nor tlsCertFile and tlsPrivateKeyFile, so the kubelet serves a self-signed certificate nobody can verify: set serverTLSBootstrap: true.");
    }
}
