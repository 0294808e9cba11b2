using System.Globalization;
using System.Linq;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>One Kubernetes object: a YAML document with <c>apiVersion</c> and <c>kind</c>, or one item of a <c>*List</c>.</summary>
public sealed class KubernetesObject
{
    private PodSpecView? _podSpec;
    private bool _podSpecResolved;

    internal KubernetesObject(string filePath, int documentIndex, string pathPrefix, YamlNode root, string apiVersion, string kind)
    {
        FilePath = filePath;
        DocumentIndex = documentIndex;
        PathPrefix = pathPrefix;
        Root = root;
        ApiVersion = apiVersion;
        Kind = kind;
        var metadata = root["metadata"];
        Name = metadata?["name"]?.AsString()
            ?? metadata?["generateName"]?.AsString()
            ?? "#" + documentIndex.ToString(CultureInfo.InvariantCulture);
        Namespace = metadata?["namespace"]?.AsString() ?? string.Empty;
        Reference = new ObjectReference(kind, Namespace, Name);
    }

    public string FilePath { get; }

    /// <summary>0-based index of the YAML document in its file.</summary>
    public int DocumentIndex { get; }

    /// <summary>Logical path of the object inside its document: empty, or <c>items[3].</c> for an item of a List.</summary>
    public string PathPrefix { get; }

    public YamlNode Root { get; }
    public string ApiVersion { get; }
    public string Kind { get; }

    /// <summary><c>metadata.name</c>, else <c>generateName</c>, else <c>#document</c>.</summary>
    public string Name { get; }

    public string Namespace { get; }

    public ObjectReference Reference { get; }

    /// <summary>The API group: the part of apiVersion before the slash, empty for the core group.</summary>
    public string Group => ApiVersion.IndexOf('/') is var slash and > 0 ? ApiVersion.Substring(0, slash) : string.Empty;

    /// <summary>The pod spec this object runs, or null when it runs no pods. Resolved once.</summary>
    public PodSpecView? PodSpec
    {
        get
        {
            if (!_podSpecResolved)
            {
                _podSpec = PodSpecLocator.Locate(this);
                _podSpecResolved = true;
            }

            return _podSpec;
        }
    }

    /// <summary>
    /// This object with only <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> in its tree, at the same
    /// places: what a scan keeps, for its cross-object rules, of an object whose content none of them reads.
    /// </summary>
    internal KubernetesObject WithHeaderOnly()
    {
        var header = Root.Entries.Where(entry => entry.Key.Value is "apiVersion" or "kind" or "metadata").ToArray();
        var root = new YamlNode(YamlNodeKind.Mapping, Root.Region, tag: Root.Tag) { Key = Root.Key };
        root.Complete(header);
        return new KubernetesObject(FilePath, DocumentIndex, PathPrefix, root, ApiVersion, Kind);
    }

    /// <summary>For messages: <c>Deployment 'api'</c>.</summary>
    public string Describe() => Kind + " '" + Name + "'";

    public override string ToString() => Reference.ToString();
}
