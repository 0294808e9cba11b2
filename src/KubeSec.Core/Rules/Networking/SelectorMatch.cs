using System;
using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Yaml;

namespace KubeSec.Rules.Networking;

/// <summary>
/// Label selectors as the API server evaluates them: a <c>LabelSelector</c> (<c>matchLabels</c> and
/// <c>matchExpressions</c> with In, NotIn, Exists, DoesNotExist, all ANDed) or a Service-style plain map.
/// A selector whose shape cannot be read (templated, wrong types) is "unknown", so rules stay silent on it.
/// </summary>
public static class SelectorMatch
{
    /// <summary>Whether a LabelSelector matches the labels; null when the selector cannot be read.</summary>
    public static bool? Matches(YamlNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null || selector.IsNull)
        {
            return true; // An absent or empty LabelSelector selects everything (NetworkPolicy, PDB semantics).
        }

        if (!selector.IsMapping)
        {
            return null;
        }

        if (selector["matchLabels"] is { } matchLabels && !matchLabels.IsNull)
        {
            if (MatchesMap(matchLabels, labels) is not { } mapMatch)
            {
                return null;
            }

            if (!mapMatch)
            {
                return false;
            }
        }

        if (selector["matchExpressions"] is { } expressions && !expressions.IsNull)
        {
            if (!expressions.IsSequence)
            {
                return null;
            }

            foreach (var expression in expressions.Items)
            {
                if (MatchesExpression(expression, labels) is not { } expressionMatch)
                {
                    return null;
                }

                if (!expressionMatch)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether a plain map selector (a Service's <c>spec.selector</c>) matches; null when unreadable.</summary>
    public static bool? MatchesMap(YamlNode map, IReadOnlyDictionary<string, string> labels)
    {
        if (!map.IsMapping)
        {
            return null;
        }

        foreach (var entry in map.Entries)
        {
            var key = entry.Key.AsString();
            var value = ScalarText(entry.Value);
            if (key is null || value is null)
            {
                return null;
            }

            if (!labels.TryGetValue(key, out var actual))
            {
                if (IsControllerLabel(key))
                {
                    continue;
                }

                return false;
            }

            if (!string.Equals(actual, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The labels of a mapping such as <c>metadata.labels</c>; scalars are taken as text (YAML 1.1 <c>true</c> stays "true").</summary>
    public static IReadOnlyDictionary<string, string> Labels(YamlNode? labels)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (labels is { IsMapping: true })
        {
            foreach (var entry in labels.Entries)
            {
                if (entry.Key.AsString() is { } key && ScalarText(entry.Value) is { } value)
                {
                    result[key] = value;
                }
            }
        }

        return result;
    }

    /// <summary>The labels of the pods a workload runs: the pod template's labels, or a Pod's own.</summary>
    public static IReadOnlyDictionary<string, string> PodLabels(KubernetesObject workload) =>
        Labels(workload.Kind == "Pod" ? workload.Root.At("metadata", "labels") : PodTemplateMetadata(workload)?["labels"]);

    /// <summary>The pod template's metadata of a workload (CronJob included), or null.</summary>
    public static YamlNode? PodTemplateMetadata(KubernetesObject workload) => workload.Kind switch
    {
        "Pod" => workload.Root["metadata"],
        "CronJob" => workload.Root.At("spec", "jobTemplate", "spec", "template", "metadata"),
        "PodTemplate" => workload.Root.At("template", "metadata"),
        _ => workload.Root.At("spec", "template", "metadata"),
    };

    /// <summary>
    /// Labels that controllers add to the pods they create (never in the template), e.g. a Service for one
    /// StatefulSet replica selects <c>statefulset.kubernetes.io/pod-name</c>. A selector on them is not judged.
    /// </summary>
    public static bool IsControllerLabel(string key) => key is "statefulset.kubernetes.io/pod-name" or "apps.kubernetes.io/pod-index"
        or "controller-revision-hash" or "pod-template-hash" or "pod-template-generation" or "controller-uid" or "job-name"
        or "batch.kubernetes.io/job-name" or "batch.kubernetes.io/controller-uid" or "batch.kubernetes.io/job-completion-index";

    /// <summary>True when any key or value of the selector is a template placeholder, which we cannot judge.</summary>
    public static bool IsTemplated(YamlNode? node)
    {
        if (node is null)
        {
            return false;
        }

        if (node.IsScalar)
        {
            return node.Value is { } text && text.IndexOf("{{", StringComparison.Ordinal) >= 0;
        }

        foreach (var item in node.Items)
        {
            if (IsTemplated(item))
            {
                return true;
            }
        }

        foreach (var entry in node.Entries)
        {
            if (IsTemplated(entry.Key) || IsTemplated(entry.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool? MatchesExpression(YamlNode expression, IReadOnlyDictionary<string, string> labels)
    {
        var key = expression["key"]?.AsString();
        var op = expression["operator"]?.AsString();
        if (key is null || op is null)
        {
            return null;
        }

        var has = labels.TryGetValue(key, out var actual);
        if (!has && IsControllerLabel(key))
        {
            return true; // Added to each pod by its controller: we cannot know the value, so assume it fits.
        }

        switch (op)
        {
            case "Exists":
                return has;
            case "DoesNotExist":
                return !has;
            case "In":
            case "NotIn":
                if (expression["values"] is not { IsSequence: true } values)
                {
                    return null;
                }

                var inValues = false;
                foreach (var value in values.Items)
                {
                    if (has && string.Equals(ScalarText(value), actual, StringComparison.Ordinal))
                    {
                        inValues = true;
                    }
                }

                return op == "In" ? inValues : !inValues;
            default:
                return null;
        }
    }

    private static string? ScalarText(YamlNode node) => node.IsScalar ? (node.IsNull ? string.Empty : node.Value) : null;
}
