using System;
using System.Collections.Generic;
using KubeSec.Manifests;

namespace KubeSec.Rules.Workloads;

/// <summary>
/// Look-ups between workloads and the objects that manage them (HPAs, PDBs), built once per scan and
/// shared by the rules: each answer costs a dictionary look-up, not a pass over every HPA or PDB (the
/// pass inside a pass over every workload inside a pass over every PDB made KS2014 cubic).
/// </summary>
internal static class WorkloadLinks
{
    private static readonly object AutoscalersKey = new();
    private static readonly object BudgetsKey = new();
    private static readonly IReadOnlyList<KubernetesObject> None = Array.Empty<KubernetesObject>();
    private static readonly IReadOnlyList<BudgetGroup> NoGroups = Array.Empty<BudgetGroup>();

    /// <summary>The HorizontalPodAutoscalers whose scaleTargetRef names the workload (same kind, name and namespace), in scan order.</summary>
    public static IReadOnlyList<KubernetesObject> AutoscalersOf(KubernetesObject workload, ObjectIndex objects)
    {
        var byTarget = objects.Shared(AutoscalersKey, all =>
        {
            var map = new Dictionary<(string Kind, string Name, string Namespace), List<KubernetesObject>>();
            foreach (var hpa in all.OfKind("HorizontalPodAutoscaler"))
            {
                if (hpa.Root.At("spec", "scaleTargetRef") is { IsMapping: true } target && target["kind"]?.AsString() is { } kind && target["name"]?.AsString() is { } name)
                {
                    var key = (kind, name, ObjectIndex.NamespaceOf(hpa));
                    if (!map.TryGetValue(key, out var list))
                    {
                        map[key] = list = new List<KubernetesObject>();
                    }

                    list.Add(hpa);
                }
            }

            return map;
        });
        return byTarget.TryGetValue((workload.Kind, workload.Name, ObjectIndex.NamespaceOf(workload)), out var hpas) ? hpas : None;
    }

    /// <summary>Whether a PodDisruptionBudget in the workload's namespace selects its pod template labels.</summary>
    public static bool HasBudget(KubernetesObject workload, ObjectIndex objects) => GroupsOf(workload, objects).Count > 0;

    /// <summary>
    /// The PodDisruptionBudgets that select the workload, grouped by distinct selector (each group's budgets
    /// in scan order). A replicated workload's groups come from the index; any other's are judged directly.
    /// </summary>
    public static IReadOnlyList<BudgetGroup> GroupsOf(KubernetesObject workload, ObjectIndex objects)
    {
        var budgets = Budgets(objects);
        if (budgets.ByWorkload.TryGetValue(workload, out var groups))
        {
            return groups;
        }

        if (WorkloadShape.IsReplicated(workload))
        {
            return NoGroups; // indexed, and selected by none
        }

        var labels = PodLabels(workload);
        var direct = new List<BudgetGroup>();
        foreach (var group in budgets.Groups)
        {
            if (group.Namespace == ObjectIndex.NamespaceOf(workload) && group.Selector.Evaluate(labels) == true)
            {
                direct.Add(group);
            }
        }

        return direct;
    }

    /// <summary>The group of budgets a PDB belongs to, or null when it selects nothing (no selector, an unreadable one, or an empty one in policy/v1beta1).</summary>
    public static BudgetGroup? GroupOf(KubernetesObject pdb, ObjectIndex objects) =>
        Budgets(objects).ByBudget.TryGetValue(pdb, out var group) ? group : null;

    /// <summary>
    /// The labels the workload's pods carry: the template's, or when it has none (an incomplete
    /// manifest, or one whose labels a tool adds later) the workload's own matchLabels, which the pods must carry.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PodLabels(KubernetesObject workload)
    {
        var labels = LabelSelector.ReadLabels(WorkloadShape.TemplateLabels(workload));
        return labels.Count > 0 ? labels : LabelSelector.ReadLabels(workload.Root.At("spec", "selector", "matchLabels"));
    }

    private static BudgetIndex Budgets(ObjectIndex objects) => objects.Shared(BudgetsKey, all => new BudgetIndex(all));

    /// <summary>
    /// Every PDB of the scan in groups of one namespace and one distinct selector, each group matched once
    /// against the replicated workloads that can carry its labels.
    /// </summary>
    private sealed class BudgetIndex
    {
        public BudgetIndex(ObjectIndex objects)
        {
            var byKey = new Dictionary<(string, string), BudgetGroup>();
            foreach (var pdb in objects.OfKind("PodDisruptionBudget"))
            {
                // A missing selector selects nothing; an empty one every pod of the namespace in policy/v1 and nothing in policy/v1beta1.
                var node = pdb.Root.At("spec", "selector");
                if (LabelSelector.Parse(node) is not { IsValid: true } parsed || (parsed.IsEmpty && pdb.ApiVersion == "policy/v1beta1"))
                {
                    continue;
                }

                var selector = SelectorQuery.ForSelector(node);
                var key = (ObjectIndex.NamespaceOf(pdb), selector.Canonical);
                if (!byKey.TryGetValue(key, out var group))
                {
                    byKey[key] = group = new BudgetGroup(key.Item1, selector);
                    Groups.Add(group);
                }

                group.Budgets.Add(pdb);
                ByBudget[pdb] = group;
            }

            var replicated = new List<KubernetesObject>();
            foreach (var obj in objects.All)
            {
                if (WorkloadShape.IsReplicated(obj))
                {
                    replicated.Add(obj);
                    ByWorkload[obj] = new List<BudgetGroup>();
                }
            }

            var index = new LabelIndex(objects, replicated, PodLabels);
            foreach (var group in Groups)
            {
                foreach (var member in index.Matching(group.Namespace, group.Selector, result => result == true))
                {
                    group.Workloads.Add(member.Object);
                    ByWorkload[member.Object].Add(group);
                }
            }
        }

        public List<BudgetGroup> Groups { get; } = new();

        public Dictionary<KubernetesObject, BudgetGroup> ByBudget { get; } = new(ObjectIndex.ReferenceComparer.Instance);

        public Dictionary<KubernetesObject, List<BudgetGroup>> ByWorkload { get; } = new(ObjectIndex.ReferenceComparer.Instance);
    }
}

/// <summary>PodDisruptionBudgets of one namespace with one distinct selector, and the replicated workloads it selects, both in scan order.</summary>
internal sealed class BudgetGroup
{
    private long[]? _minAvailablePrefixMax;

    public BudgetGroup(string ns, SelectorQuery selector)
    {
        Namespace = ns;
        Selector = selector;
    }

    public string Namespace { get; }

    public SelectorQuery Selector { get; }

    public List<KubernetesObject> Budgets { get; } = new();

    public List<KubernetesObject> Workloads { get; } = new();

    /// <summary>
    /// The first budget whose minAvailable asks for more than <paramref name="pods"/> (≥ 1) pods, or null. An integer
    /// minAvailable a asks for more when a &gt; pods; a percentage only above 100%. So each budget has a threshold and
    /// a running maximum of the thresholds finds the first one in O(log n), however many budgets share the selector.
    /// </summary>
    public KubernetesObject? FirstRequiringMoreThan(long pods)
    {
        var prefix = _minAvailablePrefixMax ??= PrefixMax();
        var (low, high) = (0, prefix.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (prefix[middle] > pods)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < prefix.Length ? Budgets[low] : null;
    }

    /// <summary>The largest pod count some budget of the group asks for more than (see <see cref="FirstRequiringMoreThan"/>).</summary>
    public long MaxThreshold => (_minAvailablePrefixMax ??= PrefixMax()) is { Length: > 0 } prefix ? prefix[prefix.Length - 1] : long.MinValue;

    private long[] PrefixMax()
    {
        var prefix = new long[Budgets.Count];
        var max = long.MinValue;
        for (var i = 0; i < Budgets.Count; i++)
        {
            var threshold = IntOrPercent.Parse(Budgets[i].Root.At("spec", "minAvailable")) switch
            {
                { IsPercent: false } count => count.Value,
                { IsPercent: true, Value: > 100 } => long.MaxValue,
                _ => long.MinValue,
            };
            max = Math.Max(max, threshold);
            prefix[i] = max;
        }

        return prefix;
    }
}
