using System;
using System.Collections.Generic;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>
/// A Kubernetes label selector (<c>matchLabels</c> plus <c>matchExpressions</c> with In, NotIn,
/// Exists, DoesNotExist), as used by PodDisruptionBudgets, Deployments, NetworkPolicies and
/// affinity terms. Requirements are ANDed. An empty selector (<c>{}</c>) matches everything; a
/// missing one is represented by null from <see cref="Parse"/> and callers decide what it means
/// (a PDB without a selector selects nothing in policy/v1). Service selectors (a plain map) are read
/// with <see cref="ParseMap"/>. A requirement on a label that controllers add to the pods they create
/// (never in the template) counts as met: we cannot know its value, so we assume it fits.
/// </summary>
public sealed class LabelSelector
{
    private readonly List<Requirement> _requirements;

    private LabelSelector(List<Requirement> requirements, bool isValid)
    {
        _requirements = requirements;
        IsValid = isValid;
    }

    /// <summary>False when the selector had a shape Kubernetes rejects (an unknown operator, In with no values); it then matches nothing.</summary>
    public bool IsValid { get; }

    /// <summary>True for <c>{}</c>: no requirement at all, so every label set matches.</summary>
    public bool IsEmpty => IsValid && _requirements.Count == 0;

    /// <summary>Reads a <c>LabelSelector</c> mapping; null when the node is missing, null or not a mapping.</summary>
    public static LabelSelector? Parse(YamlNode? node)
    {
        if (node is null || !node.IsMapping)
        {
            return null;
        }

        var requirements = new List<Requirement>();
        var valid = true;
        if (node["matchLabels"] is { } matchLabels && !matchLabels.IsNull)
        {
            if (!matchLabels.IsMapping)
            {
                valid = false;
            }
            else
            {
                foreach (var entry in matchLabels.Entries)
                {
                    valid &= AddEquality(requirements, entry);
                }
            }
        }

        if (node["matchExpressions"] is { } expressions && !expressions.IsNull)
        {
            if (!expressions.IsSequence)
            {
                valid = false;
            }
            else
            {
                foreach (var expression in expressions.Items)
                {
                    if (ParseExpression(expression) is { } requirement)
                    {
                        requirements.Add(requirement);
                    }
                    else
                    {
                        valid = false;
                    }
                }
            }
        }

        return new LabelSelector(requirements, valid);
    }

    /// <summary>Reads a Service-style selector: a plain map of label values; null when the node is not a mapping.</summary>
    public static LabelSelector? ParseMap(YamlNode? node)
    {
        if (node is null || !node.IsMapping)
        {
            return null;
        }

        var requirements = new List<Requirement>();
        var valid = true;
        foreach (var entry in node.Entries)
        {
            valid &= AddEquality(requirements, entry);
        }

        return new LabelSelector(requirements, valid);
    }

    /// <summary>
    /// Whether a LabelSelector node selects the labels: true for an absent selector (NetworkPolicy
    /// <c>podSelector</c> semantics), null when it cannot be read (wrong shape, unknown operator), so
    /// cross-object rules stay silent on what they cannot judge.
    /// </summary>
    public static bool? Test(YamlNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null || selector.IsNull)
        {
            return true;
        }

        return Parse(selector) is { IsValid: true } parsed ? parsed.Matches(labels) : null;
    }

    /// <summary>Whether a plain map selector (a Service's <c>spec.selector</c>) matches; null when unreadable.</summary>
    public static bool? TestMap(YamlNode selector, IReadOnlyDictionary<string, string> labels) =>
        ParseMap(selector) is { IsValid: true } parsed ? parsed.Matches(labels) : null;

    /// <summary>The labels of the pods a workload runs: the pod template's labels, or a Pod's own.</summary>
    public static IReadOnlyDictionary<string, string> PodLabels(KubernetesObject workload) =>
        ReadLabels(PodMetadata.OfWorkload(workload)?["labels"]);

    /// <summary>
    /// Labels that controllers add to the pods they create, e.g. a Service for one StatefulSet replica
    /// selects <c>statefulset.kubernetes.io/pod-name</c>.
    /// </summary>
    public static bool IsControllerLabel(string key) => key is "statefulset.kubernetes.io/pod-name" or "apps.kubernetes.io/pod-index"
        or "controller-revision-hash" or "pod-template-hash" or "pod-template-generation" or "controller-uid" or "job-name"
        or "batch.kubernetes.io/job-name" or "batch.kubernetes.io/controller-uid" or "batch.kubernetes.io/job-completion-index";

    /// <summary>Labels of a mapping node (<c>metadata.labels</c>); non-scalar values are skipped, a missing node is no labels.</summary>
    public static IReadOnlyDictionary<string, string> ReadLabels(YamlNode? labels)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (labels is { IsMapping: true })
        {
            foreach (var entry in labels.Entries)
            {
                if (entry.Key.AsString() is { } key && entry.Value.IsScalar)
                {
                    result[key] = entry.Value.AsString() ?? string.Empty;
                }
            }
        }

        return result;
    }

    /// <summary>Whether a label set satisfies every requirement.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        if (!IsValid)
        {
            return false;
        }

        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AddEquality(List<Requirement> requirements, YamlEntry entry)
    {
        if (entry.Key.AsString() is not { } key || !entry.Value.IsScalar)
        {
            return false;
        }

        requirements.Add(new Requirement(key, Operator.In, new[] { entry.Value.AsString() ?? string.Empty }));
        return true;
    }

    private static Requirement? ParseExpression(YamlNode expression)
    {
        var key = expression["key"]?.AsString();
        var op = expression["operator"]?.AsString();
        if (key is null || op is null)
        {
            return null;
        }

        var values = new List<string>();
        if (expression["values"] is { IsSequence: true } list)
        {
            foreach (var item in list.Items)
            {
                if (!item.IsScalar)
                {
                    return null;
                }

                values.Add(item.AsString() ?? string.Empty);
            }
        }

        // The API server validates these: In/NotIn need values, Exists/DoesNotExist must have none.
        switch (op)
        {
            case "In" when values.Count > 0:
                return new Requirement(key, Operator.In, values);
            case "NotIn" when values.Count > 0:
                return new Requirement(key, Operator.NotIn, values);
            case "Exists" when values.Count == 0:
                return new Requirement(key, Operator.Exists, values);
            case "DoesNotExist" when values.Count == 0:
                return new Requirement(key, Operator.DoesNotExist, values);
            default:
                return null;
        }
    }

    private enum Operator
    {
        In,
        NotIn,
        Exists,
        DoesNotExist,
    }

    private sealed class Requirement
    {
        private readonly string _key;
        private readonly Operator _operator;
        private readonly IReadOnlyList<string> _values;

        public Requirement(string key, Operator op, IReadOnlyList<string> values)
        {
            _key = key;
            _operator = op;
            _values = values;
        }

        public bool Matches(IReadOnlyDictionary<string, string> labels)
        {
            var has = labels.TryGetValue(_key, out var value);
            if (!has && IsControllerLabel(_key))
            {
                return true;
            }

            return _operator switch
            {
                Operator.In => has && Contains(value!),
                Operator.NotIn => !has || !Contains(value!), // NotIn matches objects without the label, as in Kubernetes.
                Operator.Exists => has,
                _ => !has,
            };
        }

        private bool Contains(string value)
        {
            foreach (var candidate in _values)
            {
                if (string.Equals(candidate, value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
