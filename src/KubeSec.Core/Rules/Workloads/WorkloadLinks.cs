using System;
using System.Collections.Generic;
using KubeSec.Manifests;

namespace KubeSec.Rules.Workloads;

/// <summary>Look-ups between workloads and the objects that manage them (HPAs, PDBs).</summary>
internal static class WorkloadLinks
{
    /// <summary>The HorizontalPodAutoscalers whose scaleTargetRef names the workload (same kind, name and namespace).</summary>
    public static IEnumerable<KubernetesObject> AutoscalersOf(KubernetesObject workload, ObjectIndex objects)
    {
        foreach (var hpa in objects.OfKind("HorizontalPodAutoscaler"))
        {
            var target = hpa.Root.At("spec", "scaleTargetRef");
            if (target is { IsMapping: true } &&
                string.Equals(target["kind"]?.AsString(), workload.Kind, StringComparison.Ordinal) &&
                string.Equals(target["name"]?.AsString(), workload.Name, StringComparison.Ordinal) &&
                ObjectIndex.SameNamespace(hpa, workload))
            {
                yield return hpa;
            }
        }
    }

    /// <summary>The PodDisruptionBudgets in the workload's namespace whose selector matches its pod template labels.</summary>
    public static IEnumerable<KubernetesObject> BudgetsOf(KubernetesObject workload, ObjectIndex objects)
    {
        var labels = PodLabels(workload);
        foreach (var pdb in objects.OfKind("PodDisruptionBudget"))
        {
            if (ObjectIndex.SameNamespace(pdb, workload) && Selects(pdb, labels))
            {
                yield return pdb;
            }
        }
    }

    /// <summary>
    /// The labels the workload's pods carry: the template's, or when it has none (an incomplete
    /// manifest, or one whose labels a tool adds later) the workload's own matchLabels, which the pods must carry.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PodLabels(KubernetesObject workload)
    {
        var labels = LabelSelector.ReadLabels(WorkloadShape.TemplateLabels(workload));
        return labels.Count > 0 ? labels : LabelSelector.ReadLabels(workload.Root.At("spec", "selector", "matchLabels"));
    }

    /// <summary>
    /// Whether a PDB selects pods with these labels. A missing selector selects nothing; an empty one
    /// selects every pod of the namespace in policy/v1 and nothing in policy/v1beta1.
    /// </summary>
    private static bool Selects(KubernetesObject pdb, IReadOnlyDictionary<string, string> labels)
    {
        var selector = LabelSelector.Parse(pdb.Root.At("spec", "selector"));
        if (selector is null)
        {
            return false;
        }

        if (selector.IsEmpty)
        {
            return pdb.ApiVersion != "policy/v1beta1";
        }

        return selector.Matches(labels);
    }
}
