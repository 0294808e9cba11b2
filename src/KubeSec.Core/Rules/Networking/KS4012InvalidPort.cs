using System.Collections.Generic;
using System.Globalization;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Networking;

public sealed class KS4012InvalidPort : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS4012", "InvalidPort", "Port number or port name is invalid", Severity.Medium, RuleCategory.Networking)
    {
        Description = "Port numbers must be 1-65535 and port names must be IANA service names (at most 15 characters of a-z, 0-9 and '-', with at least one letter, no leading, trailing or doubled '-'). The rule checks each Service's spec.ports[].targetPort, and each container's ports[].name and containerPort (which must be present), and reports port names repeated within a container. The API server rejects such objects, or a Service's named targetPort never resolves.",
        Fix = "Use a port number in 1-65535 and a lower-case name of at most 15 characters, unique within the container.",
        Equivalents = new[] { "kube-linter:invalid-target-ports", "kube-score:container-ports-check" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind == "Service" && obj.Root.At("spec", "ports") is { IsSequence: true } servicePorts)
        {
            foreach (var port in servicePorts.Items)
            {
                if (port["targetPort"] is { } target && Problem(target, number: true) is { } problem)
                {
                    sink.Report(Rule, target.Region, obj.PathPrefix + "spec.ports[" + Name(port) + "].targetPort",
                        obj.Describe() + " targetPort '" + target.AsString() + "' " + problem + ": use a port number in 1-65535 or the name of a container port.",
                        obj.Reference);
                }
            }
        }

        if (obj.PodSpec is not { } pod)
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            if (container.Node["ports"] is not { IsSequence: true } ports)
            {
                continue;
            }

            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var port in ports.Items)
            {
                if (!port.IsMapping)
                {
                    continue;
                }

                var path = container.Path + ".ports[" + Name(port) + "]";
                var containerPort = port["containerPort"];
                if (containerPort is null || containerPort.IsNull)
                {
                    sink.Report(Rule, containerPort?.AnchorRegion ?? port.HeadRegion, path + ".containerPort",
                        container.Describe() + " declares a port without containerPort: set containerPort to the number the process listens on.",
                        container.Owner.Reference, container.Name);
                }
                else if (Problem(containerPort, number: true, namesAllowed: false) is { } problem)
                {
                    sink.Report(Rule, containerPort.Region, path + ".containerPort",
                        container.Describe() + " containerPort '" + containerPort.AsString() + "' " + problem + ": use a port number in 1-65535.",
                        container.Owner.Reference, container.Name);
                }

                if (port["name"] is { } nameNode && nameNode.AsString() is { } name)
                {
                    if (Problem(nameNode, number: false) is { } nameProblem)
                    {
                        sink.Report(Rule, nameNode.Region, path + ".name",
                            container.Describe() + " port name '" + name + "' " + nameProblem + ": use at most 15 characters of a-z, 0-9 and '-', with a letter.",
                            container.Owner.Reference, container.Name);
                    }
                    else if (!names.Add(name))
                    {
                        sink.Report(Rule, nameNode.Region, path + ".name",
                            container.Describe() + " declares port name '" + name + "' twice, so a Service targeting it by name is ambiguous: give each port a unique name.",
                            container.Owner.Reference, container.Name);
                    }
                }
            }
        }
    }

    private static string Name(YamlNode port) =>
        port["name"]?.AsString() ?? port["containerPort"]?.AsString() ?? port["port"]?.AsString() ?? "?";

    /// <summary>What is wrong with a port value, or null. Numbers (plain scalars) are range-checked; strings must be IANA service names.</summary>
    private static string? Problem(YamlNode value, bool number, bool namesAllowed = true)
    {
        var text = value.AsString();
        if (text is null || TemplatePlaceholder.In(text))
        {
            return null;
        }

        if (number && value.AsInteger() is { } n)
        {
            return n is >= 1 and <= 65535 ? null : "is outside 1-65535";
        }

        if (!namesAllowed)
        {
            return "is not a number";
        }

        return IanaProblem(text);
    }

    private static string? IanaProblem(string name)
    {
        if (name.Length > 15)
        {
            return "is longer than 15 characters";
        }

        var hasLetter = false;
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z')
            {
                hasLetter = true;
            }
            else if (c is not (>= '0' and <= '9') and not '-')
            {
                return "has a character other than a-z, 0-9 and '-'";
            }
        }

        if (!hasLetter)
        {
            return "has no letter";
        }

        return name.Length == 0 || name[0] == '-' || name[name.Length - 1] == '-' || name.IndexOf("--", System.StringComparison.Ordinal) >= 0
            ? "starts or ends with '-' or has '--'"
            : null;
    }
}
