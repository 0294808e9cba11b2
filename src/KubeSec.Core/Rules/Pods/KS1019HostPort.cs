using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1019HostPort : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1019", "HostPort", "Container binds a port on the node (hostPort)", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "A hostPort publishes the container on that port of every node it runs on, bypassing Services and most NetworkPolicy implementations, and limits scheduling to one such pod per node; the baseline Pod Security Standard forbids it.",
        Fix = "Remove hostPort and expose the port with a Service (NodePort or LoadBalancer if it must be reachable from outside).",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.13",
        Equivalents = new[] { "polaris:hostPortSet", "trivy:KSV-0024", "checkov:CKV_K8S_26" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Node["ports"] is not { IsSequence: true } ports)
        {
            return;
        }

        foreach (var port in ports.Items)
        {
            if (port["hostPort"] is { } hostPort && hostPort.AsInteger() is { } number && number != 0)
            {
                var name = port["name"]?.AsString() ?? port["containerPort"]?.AsString() ?? hostPort.AsString();
                sink.Report(Rule, hostPort.Region, container.Path + ".ports[" + name + "].hostPort",
                    container.Describe() + " sets hostPort " + hostPort.AsString() + ", which opens that port on the node and allows one such pod per node: remove hostPort and expose the port with a Service.",
                    container.Owner.Reference, container.Name);
            }
        }
    }
}
