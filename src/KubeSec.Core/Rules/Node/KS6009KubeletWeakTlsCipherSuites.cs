using System;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6009KubeletWeakTlsCipherSuites : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6009", "KubeletWeakTlsCipherSuites", "Kubelet allows weak TLS cipher suites", Severity.Medium, RuleCategory.NodeConfiguration)
    {
        Description = "tlsCipherSuites lists a suite without forward secrecy (plain RSA key exchange), with CBC mode, RC4 or 3DES. Leaving the list out uses Go's defaults, which are safe, so only a weak listed suite fires.",
        Fix = "List only ECDHE suites with AES-GCM or ChaCha20-Poly1305 in tlsCipherSuites, or remove the list.",
        CisItem = "CIS Kubernetes 4.2.13",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        if (config.Field("tlsCipherSuites") is not { IsSequence: true } list)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (item.AsString() is { } suite && IsWeak(suite.Trim()))
            {
                config.Report(sink, Rule, item.Region, "tlsCipherSuites[" + suite.Trim() + "]",
                    config.Describe() + " allows the weak TLS cipher suite " + suite.Trim() + " in tlsCipherSuites: remove it and keep ECDHE suites with GCM or ChaCha20-Poly1305.");
            }
        }
    }

    /// <summary>TLS 1.3 suites are always strong; for TLS 1.2 require ECDHE key exchange and an AEAD cipher.</summary>
    internal static bool IsWeak(string suite)
    {
        if (suite.StartsWith("TLS_AES_", StringComparison.Ordinal) || suite.StartsWith("TLS_CHACHA20_", StringComparison.Ordinal))
        {
            return false;
        }

        var forwardSecret = suite.StartsWith("TLS_ECDHE_", StringComparison.Ordinal);
        var aead = suite.IndexOf("_GCM_", StringComparison.Ordinal) >= 0 || suite.IndexOf("CHACHA20_POLY1305", StringComparison.Ordinal) >= 0;
        return !forwardSecret || !aead;
    }
}
