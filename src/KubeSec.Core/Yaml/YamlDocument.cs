namespace KubeSec.Yaml;

/// <summary>One document of a YAML stream (the text between <c>---</c> markers).</summary>
public sealed class YamlDocument
{
    public YamlDocument(int index, YamlNode? root)
    {
        Index = index;
        Root = root;
    }

    /// <summary>0-based position among the stream's documents, empty ones included.</summary>
    public int Index { get; }

    /// <summary>The content, or null for an empty document.</summary>
    public YamlNode? Root { get; }
}
