using System;
using KubeSec.Manifests;

namespace KubeSec.Rules.Workloads;

/// <summary>What sort of workload an object is, for rules that apply to some kinds only.</summary>
internal static class WorkloadShape
{
    /// <summary>Jobs and CronJobs run to completion: probes, replicas and disruption budgets do not apply.</summary>
    public static bool RunsToCompletion(KubernetesObject obj) =>
        obj.Kind is "Job" or "CronJob";

    /// <summary>Kinds that keep a set of identical replicas, where replicas, spreading and PDBs matter.</summary>
    public static bool IsReplicated(KubernetesObject obj) =>
        obj.Kind is "Deployment" or "StatefulSet" ||
        (obj.Kind == "Rollout" && obj.Group == "argoproj.io") ||
        (obj.Kind == "DeploymentConfig" && obj.Group == "apps.openshift.io");

    /// <summary><c>spec.replicas</c> when written as a plain integer, else null (unset, templated or a bad shape).</summary>
    public static long? Replicas(KubernetesObject obj) => obj.Root.At("spec", "replicas")?.AsInteger();

    /// <summary>The pod template's labels (<c>spec.template.metadata.labels</c>), null when absent or not a mapping.</summary>
    public static Yaml.YamlNode? TemplateLabels(KubernetesObject obj) =>
        obj.Root.At("spec", "template", "metadata", "labels") is { IsMapping: true } labels ? labels : null;
}
