using System;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

public sealed class KS2029ProbePortNotExposed : ContainerRule
{
    private static readonly string[] ProbeFields = { "livenessProbe", "readinessProbe", "startupProbe" };

    public static readonly RuleDescriptor Rule = new("KS2029", "ProbePortNotExposed", "Probe targets a port the container does not declare", Severity.Medium, RuleCategory.Reliability)
    {
        Description = "An httpGet or tcpSocket probe that names a port (port: http) needs a TCP containerPort of that name, or the kubelet cannot resolve it and the probe always fails: a liveness probe then restarts the container forever, a readiness probe keeps it out of service. Numeric ports are not checked: they work whether or not the container declares them.",
        Fix = "Declare a TCP containerPort with the name the probe uses, or probe the port by number.",
        Equivalents = new[] { "kube-linter:liveness-port", "kube-linter:readiness-port", "kube-linter:startup-port" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        var ports = container.Node["ports"] is { IsSequence: true } list ? list : null;
        foreach (var field in ProbeFields)
        {
            if (container.Node[field] is not { IsMapping: true } probe)
            {
                continue;
            }

            foreach (var handler in new[] { "httpGet", "tcpSocket", "grpc" })
            {
                if (probe.At(handler, "port") is not { IsScalar: true, IsNull: false } port || port.AsString() is not { } text || TemplatePlaceholder.In(text))
                {
                    continue;
                }

                var problem = Check(port, text, ports);
                if (problem is null)
                {
                    continue;
                }

                sink.Report(Rule, port.Region, container.Path + "." + field + "." + handler + ".port",
                    container.Describe() + " " + field + " targets port '" + text + "', " + problem,
                    container.Owner.Reference, container.Name);
            }
        }
    }

    private static string? Check(YamlNode port, string text, YamlNode? ports)
    {
        if (port.AsInteger() is not null)
        {
            // A number reaches the port whether or not it is declared: the ports list is informational
            // (ingress-nginx probes its undeclared 10254 on purpose), so only names can be wrong.
            return null;
        }

        if (ports is not null)
        {
            foreach (var declared in ports.Items)
            {
                if (string.Equals(declared["name"]?.AsString(), text, StringComparison.Ordinal))
                {
                    return IsTcp(declared) ? null : "which is not a TCP port, so the probe always fails: probe a TCP port.";
                }
            }
        }

        return "but no containerPort has that name, so the probe always fails: name the port or use its number.";
    }

    private static bool IsTcp(YamlNode declared) =>
        declared["protocol"]?.AsString() is null or "TCP";
}
