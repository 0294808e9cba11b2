using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Networking;

public sealed class KS4008IngressBackendMissing : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS4008", "IngressBackendMissing", "Ingress backend names a missing Service or port", Severity.Medium, RuleCategory.Networking)
    {
        Description = "An Ingress backend (a rule path or defaultBackend) that names a Service the scan does not define in the Ingress's namespace, or a port that Service does not have (by number or name), answers 503 for its paths. A networking.k8s.io/v1 backend written the old way (serviceName, servicePort) is invalid too: v1 has no such fields. The missing-Service check stays silent when the scan has no Service in the Ingress's namespace; resource backends and templated names are skipped.",
        Fix = "Point backend.service.name and port at an existing Service and one of its spec.ports (number or name); in networking.k8s.io/v1 use backend.service.",
        Equivalents = new[] { "kube-linter:dangling-ingress", "kube-score:ingress-targets-service" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        var ports = new Dictionary<KubernetesObject, ServicePorts?>(ObjectIndex.ReferenceComparer.Instance);
        foreach (var ingress in objects.OfKind("Ingress"))
        {
            // With no Service in the Ingress's namespace, the Services are managed elsewhere: do not judge names.
            var haveServices = objects.OfKindInNamespaceOf("Service", ingress).Count > 0;
            var v1 = ingress.ApiVersion == "networking.k8s.io/v1";
            foreach (var (backend, path) in Backends(ingress))
            {
                if (v1 && backend["service"] is null && backend["serviceName"] is { } legacy)
                {
                    sink.ReportOn(Rule, ingress, legacy.AnchorRegion, path + ".serviceName",
                        ingress.Describe() + " uses serviceName in a networking.k8s.io/v1 backend, which has no such field, so the backend is empty: write backend.service.name and backend.service.port.");
                    continue;
                }

                var nameNode = v1 ? backend.At("service", "name") : backend["serviceName"] ?? backend.At("service", "name");
                var portNode = v1 ? backend.At("service", "port") : backend["servicePort"] ?? backend.At("service", "port");
                if (!haveServices || nameNode?.AsString() is not { } name || TemplatePlaceholder.In(nameNode))
                {
                    continue;
                }

                var service = objects.Find("Service", name, ingress);
                if (service is null)
                {
                    sink.ReportOn(Rule, ingress, nameNode.Region, path + (v1 ? ".service.name" : ".serviceName"),
                        ingress.Describe() + " routes to Service '" + name + "', which the scan does not define in its namespace, so those paths answer 503: fix the name or add the Service.");
                    continue;
                }

                if (!ports.TryGetValue(service, out var servicePorts))
                {
                    ports[service] = servicePorts = ServicePorts.Of(service);
                }

                if (MissingPort(servicePorts, portNode) is { } port)
                {
                    // Point at the number or name itself when the port is a mapping (v1), else at the scalar.
                    var at = portNode!.IsMapping ? (portNode["number"] ?? portNode["name"] ?? portNode) : portNode;
                    sink.ReportOn(Rule, ingress, at.Region, path + (v1 ? ".service.port" : ".servicePort"),
                        ingress.Describe() + " routes to port " + port + " of Service '" + name + "', which has no such port, so those paths fail: use one of the Service's spec.ports.");
                }
            }
        }
    }

    /// <summary>The port text when the Service has no matching port; null when it matches or cannot be judged.</summary>
    private static string? MissingPort(ServicePorts? ports, YamlNode? portNode)
    {
        if (portNode is null || ports is null)
        {
            return null;
        }

        // v1: port: {number: 80} or {name: http}; v1beta1: servicePort: 80 or servicePort: http.
        var number = portNode.IsMapping ? portNode["number"]?.AsInteger() : portNode.AsInteger();
        var name = portNode.IsMapping ? portNode["name"]?.AsString() : number is null ? portNode.AsString() : null;
        if (number is { } n)
        {
            return ports.Numbers.Contains(n) ? null : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (name is { } text && !TemplatePlaceholder.In(portNode))
        {
            return ports.Names.Contains(text) ? null : "'" + text + "'";
        }

        return null;
    }

    /// <summary>A Service's port numbers and names, read once however many backends route to it.</summary>
    private sealed class ServicePorts
    {
        public HashSet<long> Numbers { get; } = new();

        public HashSet<string> Names { get; } = new(System.StringComparer.Ordinal);

        /// <summary>Null when the Service has no <c>spec.ports</c> list, so no port can be judged.</summary>
        public static ServicePorts? Of(KubernetesObject service)
        {
            if (service.Root.At("spec", "ports") is not { IsSequence: true } list)
            {
                return null;
            }

            var ports = new ServicePorts();
            foreach (var item in list.Items)
            {
                if (item["port"]?.AsInteger() is { } number)
                {
                    ports.Numbers.Add(number);
                }

                if (item["name"]?.AsString() is { } name)
                {
                    ports.Names.Add(name);
                }
            }

            return ports;
        }
    }

    private static IEnumerable<(YamlNode Backend, string Path)> Backends(KubernetesObject ingress)
    {
        var spec = ingress.Root["spec"];
        foreach (var field in new[] { "defaultBackend", "backend" })
        {
            if (spec?[field] is { IsMapping: true } backend)
            {
                yield return (backend, "spec." + field);
            }
        }

        if (spec?["rules"] is not { IsSequence: true } rules)
        {
            yield break;
        }

        for (var r = 0; r < rules.Items.Count; r++)
        {
            if (rules.Items[r].At("http", "paths") is not { IsSequence: true } paths)
            {
                continue;
            }

            for (var p = 0; p < paths.Items.Count; p++)
            {
                if (paths.Items[p]["backend"] is { IsMapping: true } backend)
                {
                    yield return (backend, "spec.rules[" + r.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].http.paths[" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].backend");
                }
            }
        }
    }
}
