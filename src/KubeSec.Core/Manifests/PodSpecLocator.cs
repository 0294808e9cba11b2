using System;
using System.Collections.Generic;
using KubeSec.Yaml;

namespace KubeSec.Manifests;

/// <summary>
/// The one place that knows where each workload kind keeps its pod spec, so container rules are
/// written once for every kind.
/// </summary>
public static class PodSpecLocator
{
    private static readonly string[] PodSpec = { "spec" };
    private static readonly string[] TemplateSpec = { "spec", "template", "spec" };
    private static readonly string[] PodTemplateSpec = { "template", "spec" };
    private static readonly string[] CronJobSpec = { "spec", "jobTemplate", "spec", "template", "spec" };

    private static readonly Dictionary<string, string[]> CorePaths = new(StringComparer.Ordinal)
    {
        ["Pod"] = PodSpec,
        ["Deployment"] = TemplateSpec,
        ["StatefulSet"] = TemplateSpec,
        ["DaemonSet"] = TemplateSpec,
        ["ReplicaSet"] = TemplateSpec,
        ["ReplicationController"] = TemplateSpec,
        ["Job"] = TemplateSpec,
        ["CronJob"] = CronJobSpec,
        ["PodTemplate"] = PodTemplateSpec,
    };

    /// <summary>Custom resources that embed a plain pod template, keyed by API group and kind.</summary>
    private static readonly Dictionary<string, string[]> CustomPaths = new(StringComparer.Ordinal)
    {
        ["argoproj.io/Rollout"] = TemplateSpec,
        ["apps.openshift.io/DeploymentConfig"] = TemplateSpec,
    };

    /// <summary>The kinds whose pod spec is known, for documentation and tests.</summary>
    public static IEnumerable<string> KnownKinds => CorePaths.Keys;

    public static PodSpecView? Locate(KubernetesObject obj)
    {
        if (!CorePaths.TryGetValue(obj.Kind, out var path) && !CustomPaths.TryGetValue(obj.Group + "/" + obj.Kind, out path))
        {
            return null;
        }

        var spec = obj.Root.At(path);
        if (spec is null || !spec.IsMapping)
        {
            return null;
        }

        return new PodSpecView(obj, spec, obj.PathPrefix + string.Join(".", path));
    }
}
