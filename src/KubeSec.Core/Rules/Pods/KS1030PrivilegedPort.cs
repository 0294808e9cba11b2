using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1030PrivilegedPort : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1030", "PrivilegedPort", "Container listens on a privileged port (below 1024)", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "Binding a port below 1024 needs root or NET_BIND_SERVICE inside the container, which works against running as non-root with all capabilities dropped; a Service can expose any container port on port 80 or 443.",
        Fix = "Make the process listen on a port of 1024 or more (e.g. 8080) and map it in the Service (port: 80, targetPort: 8080).",
        EnabledByDefault = false,
        Equivalents = new[] { "kube-linter:privileged-ports", "trivy:KSV-0117" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        foreach (var (port, node, number) in ContainerPorts.Of(container))
        {
            if (number > 0 && number < 1024)
            {
                sink.Report(Rule, node.Region, ContainerPorts.PathOf(container, port, number),
                    container.Describe() + " listens on privileged port " + node.Value + ", which needs root or NET_BIND_SERVICE: listen on a port of 1024 or more and map it in the Service.",
                    container.Owner.Reference, container.Name);
            }
        }
    }
}
