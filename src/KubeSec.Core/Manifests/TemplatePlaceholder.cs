using System;
using System.Collections.Generic;
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
    /// <remarks>Walked with a stack of its own, so no nesting depth can overflow the thread's stack.</remarks>
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

        var pending = new Stack<YamlNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.IsScalar)
            {
                if (In(current.Value))
                {
                    return true;
                }

                continue;
            }

            foreach (var item in current.Items)
            {
                pending.Push(item);
            }

            foreach (var entry in current.Entries)
            {
                pending.Push(entry.Key);
                pending.Push(entry.Value);
            }
        }

        return false;
    }
}
