using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2017NonRollingUpdateStrategy : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2017", "NonRollingUpdateStrategy", "Deployment does not use a rolling update", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A Deployment whose spec.strategy.type is not RollingUpdate (an OpenShift DeploymentConfig: not Rolling) replaces its pods all at once: with Recreate every old pod is stopped before any new one starts, so each rollout is an outage. An unset strategy defaults to a rolling update and passes, and so does a pod template that mounts a PersistentVolumeClaim, for which Recreate is the usual way to hand over a ReadWriteOnce volume.",
        Fix = "Remove spec.strategy.type or set it to RollingUpdate, unless the application truly cannot run two versions at once (a ReadWriteOnce volume, a singleton).",
        Equivalents = new[] { "kube-linter:no-rolling-update-strategy", "kube-score:deployment-strategy" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        var rolling = obj.Kind switch
        {
            "Deployment" => "RollingUpdate",
            "DeploymentConfig" when obj.Group == "apps.openshift.io" => "Rolling",
            _ => null,
        };
        if (rolling is null || obj.Root.At("spec", "strategy", "type") is not { } node || node.AsString() is not { } type ||
            type == rolling || TemplatePlaceholder.In(type) || MountsClaim(obj))
        {
            return;
        }

        sink.Report(Rule, node.Region, obj.PathPrefix + "spec.strategy.type",
            obj.Describe() + " uses the " + type + " strategy, which stops all old pods before new ones are ready, so every rollout is an outage: use " + rolling + ".",
            obj.Reference);
    }

    /// <summary>
    /// Recreate is the documented way to update a pod that mounts a PersistentVolumeClaim, usually
    /// ReadWriteOnce: the new pod could not attach the volume while the old one holds it.
    /// </summary>
    private static bool MountsClaim(KubernetesObject obj)
    {
        if (obj.PodSpec?.Spec["volumes"] is not { IsSequence: true } volumes)
        {
            return false;
        }

        foreach (var volume in volumes.Items)
        {
            if (volume["persistentVolumeClaim"] is { IsMapping: true })
            {
                return true;
            }
        }

        return false;
    }
}
