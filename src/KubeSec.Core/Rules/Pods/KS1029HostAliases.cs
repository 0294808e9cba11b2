using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1029HostAliases : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS1029", "HostAliases", "Pod overrides name resolution with hostAliases", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "spec.hostAliases writes fixed entries into the pod's /etc/hosts: they silently bypass DNS, go stale when the addresses change, and can redirect a trusted name to another address.",
        Fix = "Remove hostAliases and publish the name in DNS (a Service, an ExternalName Service or a CoreDNS entry).",
        EnabledByDefault = false,
        Equivalents = new[] { "kubesec:HostAliases", "trivy:KSV-0007" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        if (pod.Spec["hostAliases"] is { IsSequence: true } aliases && aliases.Items.Count > 0)
        {
            sink.Report(Rule, aliases.AnchorRegion, pod.Path + ".hostAliases",
                pod.Owner.Describe() + " sets hostAliases, which pins names in /etc/hosts and bypasses DNS: remove it and publish the names in DNS.",
                pod.Owner.Reference);
        }
    }
}
