using System;
using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Node;

/// <summary>The control-plane programs whose flags the node rules read.</summary>
public enum ControlPlaneComponent
{
    ApiServer,
    ControllerManager,
    Scheduler,
    Etcd,
}

/// <summary>One flag as written (or as kubeadm writes it by default): its value and where it is.</summary>
public sealed class FlagSetting
{
    internal FlagSetting(string name, string? value, SourceRegion region, string path, bool fromKubeadmDefault)
    {
        Name = name;
        Value = value;
        Region = region;
        Path = path;
        FromKubeadmDefault = fromKubeadmDefault;
    }

    /// <summary>The flag's name without dashes, e.g. <c>anonymous-auth</c>.</summary>
    public string Name { get; }

    /// <summary>The value; null for a bare boolean flag (<c>--profiling</c>), which means true.</summary>
    public string? Value { get; }

    public SourceRegion Region { get; }

    public string Path { get; }

    /// <summary>True when the file does not set the flag but kubeadm writes it into the manifest it generates.</summary>
    public bool FromKubeadmDefault { get; }

    /// <summary>The value read as a Go flag boolean: a bare flag is true; null when the text is no boolean.</summary>
    public bool? AsBoolean()
    {
        if (Value is null)
        {
            return true;
        }

        switch (Value.Trim().ToUpperInvariant())
        {
            case "TRUE": case "T": case "1": return true;
            case "FALSE": case "F": case "0": return false;
            default: return null;
        }
    }

    /// <summary>The comma-separated items of the value, trimmed, empty ones dropped.</summary>
    public IReadOnlyList<string> Items()
    {
        var items = new List<string>();
        foreach (var part in (Value ?? string.Empty).Split(','))
        {
            var item = part.Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public bool Contains(string item)
    {
        foreach (var candidate in Items())
        {
            if (string.Equals(candidate, item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The command-line flags of one control-plane component, read from a static pod container
/// (<c>command</c> then <c>args</c>) or from a kubeadm <c>ClusterConfiguration</c> (<c>extraArgs</c>, a map in
/// v1beta3 and a list of name/value pairs in v1beta4, over the flags kubeadm writes by default).
/// When a flag is given more than once the last one wins, as with the Go flag package.
/// </summary>
public sealed class ControlPlaneFlags
{
    private readonly Dictionary<string, FlagSetting> _flags = new(StringComparer.Ordinal);

    private ControlPlaneFlags(ControlPlaneComponent component, KubernetesObject owner, string? container, string describe, SourceRegion missingRegion, string missingPath, bool isKubeadm)
    {
        Component = component;
        Owner = owner;
        Container = container;
        Describe = describe;
        MissingRegion = missingRegion;
        MissingPath = missingPath;
        IsKubeadm = isKubeadm;
    }

    public ControlPlaneComponent Component { get; }

    public KubernetesObject Owner { get; }

    /// <summary>The container's name for a static pod; null for a ClusterConfiguration.</summary>
    public string? Container { get; }

    /// <summary>For messages: <c>Pod 'kube-apiserver' container 'kube-apiserver'</c> or <c>ClusterConfiguration 'x' apiServer.extraArgs</c>.</summary>
    public string Describe { get; }

    /// <summary>Where a missing flag is reported: the container's <c>command:</c> key, or the <c>extraArgs:</c> key (else its parent).</summary>
    public SourceRegion MissingRegion { get; }

    /// <summary>Logical path of the flag list, to which <c>[--flag]</c> is appended for a missing flag.</summary>
    public string MissingPath { get; }

    /// <summary>True for a kubeadm ClusterConfiguration.</summary>
    public bool IsKubeadm { get; }

    /// <summary>The flag's effective setting, or null when neither the file nor kubeadm sets it.</summary>
    public FlagSetting? Get(string name) => _flags.TryGetValue(name, out var setting) ? setting : null;

    /// <summary>The logical path to report for a flag that is missing.</summary>
    public string PathOf(string name) => MissingPath + "[--" + name + "]";

    /// <summary>A readable program name for messages.</summary>
    public string ProgramName => Component switch
    {
        ControlPlaneComponent.ApiServer => "kube-apiserver",
        ControlPlaneComponent.ControllerManager => "kube-controller-manager",
        ControlPlaneComponent.Scheduler => "kube-scheduler",
        _ => "etcd",
    };

    /// <summary>Reports on this component's object and container.</summary>
    public void Report(FindingSink sink, RuleDescriptor rule, SourceRegion region, string path, string message) =>
        sink.Report(rule, region, path, message, Owner.Reference, Container);

    /// <summary>Every control-plane component configured by this object (none for ordinary objects).</summary>
    public static IReadOnlyList<ControlPlaneFlags> Find(KubernetesObject obj)
    {
        var found = new List<ControlPlaneFlags>();
        try
        {
            if (string.Equals(obj.Kind, "Pod", StringComparison.Ordinal) && obj.Group.Length == 0)
            {
                FromStaticPod(obj, found);
            }
            else if (string.Equals(obj.Kind, "ClusterConfiguration", StringComparison.Ordinal)
                && string.Equals(obj.Group, "kubeadm.k8s.io", StringComparison.Ordinal))
            {
                FromClusterConfiguration(obj, found);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // A bad shape is skipped, never fatal.
        }

        return found;
    }

    private static void FromStaticPod(KubernetesObject obj, List<ControlPlaneFlags> found)
    {
        if (obj.PodSpec is not { } pod)
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            if (Identify(container) is not { } component || !HasStrongEvidence(obj, component))
            {
                continue;
            }

            var command = container.Node["command"];
            var args = container.Node["args"];
            var anchor = command is { IsSequence: true } ? command : args is { IsSequence: true } ? args : null;
            var flags = new ControlPlaneFlags(
                component,
                obj,
                container.Name,
                container.Describe(),
                anchor?.AnchorRegion ?? container.Node.HeadRegion,
                container.Path + (anchor == args && args is not null ? ".args" : ".command"),
                isKubeadm: false);
            if (command is { IsSequence: true })
            {
                flags.ReadList(command, container.Path + ".command", skipFirst: true);
            }

            if (args is { IsSequence: true })
            {
                flags.ReadList(args, container.Path + ".args", skipFirst: false);
            }

            found.Add(flags);
        }
    }

    /// <summary>
    /// The component a container runs: the base name of <c>command[0]</c>, else the image's repository name.
    /// </summary>
    internal static ControlPlaneComponent? Identify(ContainerView container)
    {
        var command = container.Node["command"];
        if (command is { IsSequence: true } && command.Items.Count > 0 && command.Items[0].AsString() is { } program)
        {
            var byCommand = FromProgramName(BaseName(program.Trim()));
            if (byCommand is not null)
            {
                return byCommand;
            }

            // An explicit command naming another program (a shell, a wrapper) is not judged.
            return null;
        }

        if (container.Node["image"]?.AsString() is { } image)
        {
            var repository = image;
            var at = repository.IndexOf('@');
            if (at >= 0)
            {
                repository = repository.Substring(0, at);
            }

            var name = BaseName(repository);
            var colon = name.IndexOf(':');
            if (colon >= 0)
            {
                name = name.Substring(0, colon);
            }

            // Only when the flags are given in args: with neither, the image's entrypoint decides and nothing can be read.
            if (container.Node["args"] is { IsSequence: true })
            {
                return FromProgramName(name);
            }
        }

        return null;
    }

    private static ControlPlaneComponent? FromProgramName(string name) => name switch
    {
        "kube-apiserver" => ControlPlaneComponent.ApiServer,
        "kube-controller-manager" => ControlPlaneComponent.ControllerManager,
        "kube-scheduler" => ControlPlaneComponent.Scheduler,
        "etcd" => ControlPlaneComponent.Etcd,
        _ => null,
    };

    private static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    /// <summary>
    /// A pod that merely runs a program called etcd is no control plane: require kube-system, the label kubeadm
    /// writes (<c>component: kube-apiserver</c>), or a file named after the component in a <c>manifests</c> folder.
    /// </summary>
    private static bool HasStrongEvidence(KubernetesObject obj, ControlPlaneComponent component)
    {
        if (string.Equals(obj.Namespace, "kube-system", StringComparison.Ordinal))
        {
            return true;
        }

        var labels = obj.Root.At("metadata", "labels");
        var label = labels?["component"]?.AsString();
        var program = component switch
        {
            ControlPlaneComponent.ApiServer => "kube-apiserver",
            ControlPlaneComponent.ControllerManager => "kube-controller-manager",
            ControlPlaneComponent.Scheduler => "kube-scheduler",
            _ => "etcd",
        };
        if (string.Equals(label, program, StringComparison.Ordinal))
        {
            return true;
        }

        // A static pod file: a manifests folder (as /etc/kubernetes/manifests) holding a file named after
        // the component (etcd.yaml, kube-apiserver.yaml). Many repositories have a manifests folder, so the
        // folder alone is not enough.
        var path = "/" + obj.FilePath.Replace('\\', '/');
        var slash = path.LastIndexOf('/');
        var folder = path.Substring(0, slash + 1);
        var file = path.Substring(slash + 1);
        return folder.EndsWith("/manifests/", StringComparison.Ordinal) && file.StartsWith(program, StringComparison.Ordinal);
    }

    private void ReadList(YamlNode list, string path, bool skipFirst)
    {
        var items = list.Items;
        for (var i = skipFirst ? 1 : 0; i < items.Count; i++)
        {
            var text = items[i].AsString();
            if (text is null || !text.StartsWith("-", StringComparison.Ordinal) || text == "-" || text == "--")
            {
                continue;
            }

            var body = text.TrimStart('-');
            var equals = body.IndexOf('=');
            string name;
            string? value;
            var region = items[i].Region;
            if (equals >= 0)
            {
                name = body.Substring(0, equals);
                value = body.Substring(equals + 1);
            }
            else
            {
                name = body;
                value = null;
                // "--flag value": the next item is the value unless it is another flag.
                if (i + 1 < items.Count && items[i + 1].AsString() is { } next && !next.StartsWith("-", StringComparison.Ordinal))
                {
                    value = next;
                    var end = items[i + 1].Region;
                    region = new SourceRegion(region.StartLine, region.StartColumn, end.EndLine, end.EndColumn);
                    i++;
                }
            }

            name = name.Trim();
            if (name.Length > 0)
            {
                _flags[name] = new FlagSetting(name, value, region, path + "[--" + name + "]", fromKubeadmDefault: false);
            }
        }
    }

    private static void FromClusterConfiguration(KubernetesObject obj, List<ControlPlaneFlags> found)
    {
        var kind = obj.Root["kind"];
        var kindRegion = kind?.Key is { } kindKey
            ? new SourceRegion(kindKey.Region.StartLine, kindKey.Region.StartColumn, kind.Region.EndLine, kind.Region.EndColumn)
            : obj.Root.HeadRegion;
        AddKubeadm(obj, found, ControlPlaneComponent.ApiServer, obj.Root["apiServer"], "apiServer", kindRegion);
        AddKubeadm(obj, found, ControlPlaneComponent.ControllerManager, obj.Root["controllerManager"], "controllerManager", kindRegion);
        AddKubeadm(obj, found, ControlPlaneComponent.Scheduler, obj.Root["scheduler"], "scheduler", kindRegion);

        // External etcd is not run by kubeadm, so there is no flag to read.
        var etcd = obj.Root["etcd"];
        if (etcd?["external"] is { IsMapping: true })
        {
            return;
        }

        var local = etcd?["local"];
        AddKubeadm(obj, found, ControlPlaneComponent.Etcd, local, "etcd.local", local?.AnchorRegion ?? etcd?.AnchorRegion ?? kindRegion);
    }

    private static void AddKubeadm(KubernetesObject obj, List<ControlPlaneFlags> found, ControlPlaneComponent component, YamlNode? section, string sectionPath, SourceRegion parentRegion)
    {
        var extraArgs = section?["extraArgs"];
        var region = extraArgs?.AnchorRegion ?? section?.AnchorRegion ?? parentRegion;
        var path = obj.PathPrefix + sectionPath + ".extraArgs";
        var flags = new ControlPlaneFlags(component, obj, null, (obj.Root.At("metadata", "name")?.AsString() is null ? obj.Kind : obj.Describe()) + " " + sectionPath + ".extraArgs", region, path, isKubeadm: true);
        foreach (var (name, value) in KubeadmDefaults(component))
        {
            flags._flags[name] = new FlagSetting(name, value, region, path + "[" + name + "]", fromKubeadmDefault: true);
        }

        if (extraArgs is { IsMapping: true })
        {
            foreach (var entry in extraArgs.Entries)
            {
                if (entry.Key.AsString() is { } name)
                {
                    flags._flags[name] = new FlagSetting(name, entry.Value.AsString() ?? string.Empty, entry.Value.IsNull ? entry.Key.Region : entry.Value.Region, path + "[" + name + "]", fromKubeadmDefault: false);
                }
            }
        }
        else if (extraArgs is { IsSequence: true })
        {
            foreach (var item in extraArgs.Items)
            {
                if (item["name"]?.AsString() is { } name)
                {
                    var valueNode = item["value"];
                    var at = valueNode is not null && !valueNode.IsNull ? valueNode.Region : item.HeadRegion;
                    flags._flags[name] = new FlagSetting(name, valueNode?.AsString() ?? string.Empty, at, path + "[" + name + "]", fromKubeadmDefault: false);
                }
            }
        }

        found.Add(flags);
    }

    /// <summary>The security-relevant flags kubeadm writes into the static pod manifests it generates.</summary>
    private static IEnumerable<(string Name, string Value)> KubeadmDefaults(ControlPlaneComponent component)
    {
        switch (component)
        {
            case ControlPlaneComponent.ApiServer:
                yield return ("authorization-mode", "Node,RBAC");
                yield return ("enable-admission-plugins", "NodeRestriction");
                yield return ("client-ca-file", "/etc/kubernetes/pki/ca.crt");
                yield return ("tls-cert-file", "/etc/kubernetes/pki/apiserver.crt");
                yield return ("tls-private-key-file", "/etc/kubernetes/pki/apiserver.key");
                yield return ("kubelet-client-certificate", "/etc/kubernetes/pki/apiserver-kubelet-client.crt");
                yield return ("kubelet-client-key", "/etc/kubernetes/pki/apiserver-kubelet-client.key");
                yield return ("etcd-cafile", "/etc/kubernetes/pki/etcd/ca.crt");
                yield return ("etcd-certfile", "/etc/kubernetes/pki/apiserver-etcd-client.crt");
                yield return ("etcd-keyfile", "/etc/kubernetes/pki/apiserver-etcd-client.key");
                yield return ("service-account-key-file", "/etc/kubernetes/pki/sa.pub");
                break;
            case ControlPlaneComponent.ControllerManager:
                yield return ("bind-address", "127.0.0.1");
                yield return ("use-service-account-credentials", "true");
                yield return ("service-account-private-key-file", "/etc/kubernetes/pki/sa.key");
                yield return ("root-ca-file", "/etc/kubernetes/pki/ca.crt");
                break;
            case ControlPlaneComponent.Scheduler:
                yield return ("bind-address", "127.0.0.1");
                break;
            case ControlPlaneComponent.Etcd:
                yield return ("client-cert-auth", "true");
                yield return ("peer-client-cert-auth", "true");
                yield return ("cert-file", "/etc/kubernetes/pki/etcd/server.crt");
                yield return ("key-file", "/etc/kubernetes/pki/etcd/server.key");
                yield return ("peer-cert-file", "/etc/kubernetes/pki/etcd/peer.crt");
                yield return ("peer-key-file", "/etc/kubernetes/pki/etcd/peer.key");
                break;
        }
    }
}
