using System;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1031SshPort : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1031", "SshPort", "Container exposes the SSH port 22", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "A container port 22/TCP usually means an SSH daemon in the container: another way in with its own credentials to manage, and a sign the container is treated as a VM. kubectl exec and debug containers cover interactive access.",
        Fix = "Remove the SSH server and port 22; use kubectl exec or kubectl debug for interactive access.",
        Equivalents = new[] { "kube-linter:ssh-port" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        foreach (var (port, node, number) in ContainerPorts.Of(container))
        {
            var protocol = port["protocol"]?.AsString() ?? "TCP";
            if (number == 22 && string.Equals(protocol, "TCP", StringComparison.OrdinalIgnoreCase))
            {
                sink.Report(Rule, node.Region, ContainerPorts.PathOf(container, port, number),
                    container.Describe() + " exposes containerPort 22, the SSH port: remove the SSH server and use kubectl exec or kubectl debug instead.",
                    container.Owner.Reference, container.Name);
            }
        }
    }
}
