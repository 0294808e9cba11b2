using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2026PdbHasNoPolicy : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS2026", "PdbHasNoPolicy", "PodDisruptionBudget sets neither minAvailable nor maxUnavailable", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A PodDisruptionBudget without spec.minAvailable and spec.maxUnavailable is accepted (policy/v1) but allows every disruption, so it protects nothing while looking like it does.",
        Fix = "Set spec.maxUnavailable: 1 (or a minAvailable below the replica count).",
        Equivalents = new[] { "kube-score:poddisruptionbudget-has-policy" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.Kind != "PodDisruptionBudget")
        {
            return;
        }

        var spec = obj.Root["spec"];
        if (spec is { IsMapping: true } && (IsSet(spec["minAvailable"]) || IsSet(spec["maxUnavailable"])))
        {
            return;
        }

        sink.Report(Rule, spec?.AnchorRegion ?? obj.Root.HeadRegion, obj.PathPrefix + "spec.maxUnavailable",
            obj.Describe() + " sets neither minAvailable nor maxUnavailable, so it allows every eviction and protects nothing: set maxUnavailable: 1.",
            obj.Reference);
    }

    private static bool IsSet(Yaml.YamlNode? node) => node is not null && !node.IsNull;
}
