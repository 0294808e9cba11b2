using System;
using System.Text;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

public sealed class KS2030ProbesIdentical : ContainerRule
{
    private static readonly string[] Handlers = { "httpGet", "tcpSocket", "exec", "grpc" };

    public static readonly RuleDescriptor Rule = new("KS2030", "ProbesIdentical", "Liveness and readiness probes check the same thing", Severity.Low, RuleCategory.Reliability)
    {
        Description = "When a container's livenessProbe uses the same handler as its readinessProbe (same httpGet path and port, tcpSocket port, exec command or grpc service), anything that makes the pod unready (overload, a slow dependency) also makes the kubelet restart it, turning a slowdown into a crash loop across all replicas. Timings and thresholds are not compared.",
        Fix = "Give the liveness probe its own, cheaper check of the process itself (e.g. /healthz/live) and keep dependency checks in the readiness probe.",
        Equivalents = new[] { "kube-score:pod-probes-identical" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Node["livenessProbe"] is not { IsMapping: true } liveness || container.Node["readinessProbe"] is not { IsMapping: true } readiness)
        {
            return;
        }

        foreach (var handler in Handlers)
        {
            var a = liveness[handler];
            var b = readiness[handler];
            if (a is null || b is null || !string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal))
            {
                continue;
            }

            sink.Report(Rule, liveness.AnchorRegion, container.Path + ".livenessProbe",
                container.Describe() + " livenessProbe uses the same " + handler + " check as its readinessProbe, so a pod that is merely busy is also restarted: give the liveness probe its own check.",
                container.Owner.Reference, container.Name);
            return;
        }
    }

    /// <summary>A text form of a node that ignores layout and key order, so flow and block styles compare equal.</summary>
    private static string Canonical(YamlNode node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return builder.ToString();
    }

    private static void Append(YamlNode node, StringBuilder builder)
    {
        if (node.IsMapping)
        {
            var keys = new System.Collections.Generic.List<(string Key, YamlNode Value)>();
            foreach (var entry in node.Entries)
            {
                keys.Add((entry.Key.AsString() ?? string.Empty, entry.Value));
            }

            keys.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
            builder.Append('{');
            foreach (var (key, value) in keys)
            {
                builder.Append(key).Append(':');
                Append(value, builder);
                builder.Append(',');
            }

            builder.Append('}');
        }
        else if (node.IsSequence)
        {
            builder.Append('[');
            foreach (var item in node.Items)
            {
                Append(item, builder);
                builder.Append(',');
            }

            builder.Append(']');
        }
        else
        {
            builder.Append('"').Append(node.AsString() ?? string.Empty).Append('"');
        }
    }
}
