using System;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>
/// Go-template placeholders (<c>{{ .Values.x }}</c>) left in a manifest that was not rendered: the real
/// value is unknown, so rules do not judge a field that holds one.
/// </summary>
public static class TemplatePlaceholder
{
    public static bool In(string? text) => text is not null && text.IndexOf("{{", StringComparison.Ordinal) >= 0;

    /// <summary>True when any scalar, key or value under the node holds a placeholder.</summary>
    public static bool In(YamlNode? node)
    {
        if (node is null)
        {
            return false;
        }

        if (node.IsScalar)
        {
            return In(node.Value);
        }

        foreach (var item in node.Items)
        {
            if (In(item))
            {
                return true;
            }
        }

        foreach (var entry in node.Entries)
        {
            if (In(entry.Key) || In(entry.Value))
            {
                return true;
            }
        }

        return false;
    }
}
