using System;
using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Node;

/// <summary>
/// A rule over a kubelet config file (<c>kind: KubeletConfiguration</c>, group <c>kubelet.config.k8s.io</c>).
/// The rules judge the file by the defaults of the v1beta1 format, which are safer than the kubelet's
/// command-line defaults (anonymous auth off, Webhook authorization, read-only port 0).
/// </summary>
public abstract class KubeletConfigRule : CrossObjectRule
{
    public sealed override void Check(ObjectIndex objects, FindingSink sink)
    {
        var kubelets = objects.OfKind("KubeletConfiguration");
        if (kubelets.Count == 0)
        {
            return;
        }

        var kubeadmFiles = KubeadmFiles(objects);
        foreach (var obj in kubelets)
        {
            if (string.Equals(obj.Group, "kubelet.config.k8s.io", StringComparison.Ordinal) && obj.Root.IsMapping)
            {
                CheckKubelet(new KubeletConfig(obj, kubeadmFiles.Contains(obj.FilePath)), sink);
            }
        }
    }

    protected abstract void CheckKubelet(KubeletConfig config, FindingSink sink);

    /// <summary>
    /// A KubeletConfiguration next to a kubeadm InitConfiguration, ClusterConfiguration or JoinConfiguration
    /// is input to kubeadm, which fills in the client CA file and certificate rotation before writing the
    /// kubelet's real config file.
    /// </summary>
    private static HashSet<string> KubeadmFiles(ObjectIndex objects)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in objects.All)
        {
            if (string.Equals(other.Group, "kubeadm.k8s.io", StringComparison.Ordinal))
            {
                files.Add(other.FilePath);
            }
        }

        return files;
    }
}

/// <summary>
/// A boolean kubelet field that must be true and defaults to false in the v1beta1 file: fires when it is
/// false, and when it is missing unless kubeadm writes it (<see cref="SetByKubeadm"/>).
/// </summary>
public abstract class KubeletRequiredTrueRule : KubeletConfigRule
{
    protected abstract string Field { get; }

    /// <summary>What false allows, as a clause: <c>so its client certificate is never renewed</c>.</summary>
    protected abstract string Consequence { get; }

    /// <summary>True when kubeadm sets the field to true in the file it writes from a kubeadm config.</summary>
    protected virtual bool SetByKubeadm => false;

    protected sealed override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        var field = config.Field(Field);
        switch (field?.AsBoolean())
        {
            case true:
                return;
            case false:
                config.Report(sink, Descriptor, field!.Region, Field,
                    config.Describe() + " sets " + Field + ": false, " + Consequence + ": set it to true.");
                return;
            case null when SetByKubeadm && config.IsKubeadmInput:
                return;
            default:
                config.Report(sink, Descriptor, field?.Region ?? config.KindRegion, Field,
                    config.Describe() + " does not set " + Field + ", which defaults to false, " + Consequence + ": set it to true.");
                return;
        }
    }
}

/// <summary>A KubeletConfiguration object with the lookups the kubelet rules share.</summary>
public sealed class KubeletConfig
{
    internal KubeletConfig(KubernetesObject obj, bool kubeadmInput)
    {
        Object = obj;
        IsKubeadmInput = kubeadmInput;
    }

    public KubernetesObject Object { get; }

    /// <summary>True when the file also holds kubeadm configuration, so kubeadm's kubelet defaults apply.</summary>
    public bool IsKubeadmInput { get; }

    /// <summary>The field at a dotted path (<c>authentication.anonymous.enabled</c>), or null.</summary>
    public YamlNode? Field(string path)
    {
        YamlNode? node = Object.Root;
        foreach (var key in path.Split('.'))
        {
            node = node is { IsMapping: true } ? node[key] : null;
        }

        return node is { IsNull: false } ? node : null;
    }

    /// <summary>Where to report a missing field: the key of its nearest existing parent, else the <c>kind:</c> line.</summary>
    public SourceRegion MissingRegion(string path)
    {
        var keys = path.Split('.');
        YamlNode? best = null;
        YamlNode? node = Object.Root;
        for (var i = 0; i < keys.Length - 1; i++)
        {
            node = node is { IsMapping: true } ? node[keys[i]] : null;
            if (node is not { IsMapping: true })
            {
                break;
            }

            best = node;
        }

        return best?.AnchorRegion ?? KindRegion;
    }

    /// <summary>The whole <c>kind: KubeletConfiguration</c> entry.</summary>
    public SourceRegion KindRegion
    {
        get
        {
            var kind = Object.Root["kind"];
            if (kind?.Key is { } key)
            {
                return new SourceRegion(key.Region.StartLine, key.Region.StartColumn, kind.Region.EndLine, kind.Region.EndColumn);
            }

            return Object.Root.HeadRegion;
        }
    }

    /// <summary>For messages; kubelet config files rarely have a name.</summary>
    public string Describe() => Object.Root.At("metadata", "name")?.AsString() is null ? Object.Kind : Object.Describe();

    public void Report(FindingSink sink, RuleDescriptor rule, SourceRegion region, string path, string message) =>
        sink.ReportOn(rule, Object, region, path, message);
}
