using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2027PdbUnhealthyPodEvictionPolicyUnset : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2027", "PdbUnhealthyPodEvictionPolicyUnset", "PodDisruptionBudget does not set unhealthyPodEvictionPolicy", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Without spec.unhealthyPodEvictionPolicy a PodDisruptionBudget uses IfHealthyBudget: pods that are running but not ready (crash-looping, misconfigured) can be evicted only while the budget is met, so a broken rollout that leaves too few ready pods also blocks every node drain. AlwaysAllow lets drains evict pods that are not ready anyway.",
        Fix = "Set spec.unhealthyPodEvictionPolicy: AlwaysAllow (or IfHealthyBudget explicitly, if that is the intent).",
        Equivalents = new[] { "kube-linter:pdb-unhealthy-pod-eviction-policy" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "PodDisruptionBudget" || obj.Root["spec"] is not { IsMapping: true } spec ||
            spec["unhealthyPodEvictionPolicy"] is { IsNull: false })
        {
            return;
        }

        sink.Report(Rule, spec.AnchorRegion, obj.PathPrefix + "spec.unhealthyPodEvictionPolicy",
            obj.Describe() + " sets no unhealthyPodEvictionPolicy, so not-ready pods can block node drains: set unhealthyPodEvictionPolicy: AlwaysAllow.",
            obj.Reference);
    }
}
