using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Yaml;

namespace KubeSec.Rules.Pods;

/// <summary>The mapping entries of a container's <c>ports</c> with an integer containerPort.</summary>
internal static class ContainerPorts
{
    public static IEnumerable<(YamlNode Port, YamlNode ContainerPort, long Number)> Of(ContainerView container)
    {
        if (container.Node["ports"] is not { IsSequence: true } ports)
        {
            yield break;
        }

        foreach (var port in ports.Items)
        {
            if (port["containerPort"] is { } node && node.AsInteger() is { } number)
            {
                yield return (port, node, number);
            }
        }
    }

    public static string PathOf(ContainerView container, YamlNode port, long number) =>
        container.Path + ".ports[" + (port["name"]?.AsString() ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "].containerPort";
}
