using System.Collections.Generic;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>A loaded YAML file: its documents, the Kubernetes objects in them, and what was wrong with the text.</summary>
public sealed class ManifestFile
{
    internal ManifestFile(string path, IReadOnlyList<YamlDocument> documents, IReadOnlyList<KubernetesObject> objects, IReadOnlyList<Finding> diagnostics)
    {
        Path = path;
        Documents = documents;
        Objects = objects;
        Diagnostics = diagnostics;
    }

    public string Path { get; }
    public IReadOnlyList<YamlDocument> Documents { get; }
    public IReadOnlyList<KubernetesObject> Objects { get; }

    /// <summary>Engine findings (KS0xxx) about the file itself: syntax errors, duplicate keys, limits.</summary>
    public IReadOnlyList<Finding> Diagnostics { get; }
}
