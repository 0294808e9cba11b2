using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

public sealed class KS2045TopologySpreadConstraintInvalid : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS2045", "TopologySpreadConstraintInvalid", "Topology spread constraint is invalid or spreads nothing", Severity.Low, RuleCategory.Reliability)
    {
        Description = "Each entry of a pod spec's topologySpreadConstraints needs a maxSkew of at least 1, a topologyKey, a whenUnsatisfiable of DoNotSchedule or ScheduleAnyway and, if set, a minDomains of at least 1; the API server rejects the pod otherwise, so the workload never starts. An entry without a labelSelector is accepted but counts no pods in any domain, so it spreads nothing. Templated values are not judged; every workload kind with a pod spec is checked.",
        Fix = "Give every constraint maxSkew >= 1, a topologyKey (e.g. topology.kubernetes.io/zone), whenUnsatisfiable DoNotSchedule or ScheduleAnyway and a labelSelector matching the pod's own labels.",
        Equivalents = new[] { "kube-score:pod-topology-spread-constraints" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        if (pod.Spec["topologySpreadConstraints"] is not { IsSequence: true } constraints)
        {
            return;
        }

        for (var i = 0; i < constraints.Items.Count; i++)
        {
            if (constraints.Items[i] is { IsMapping: true } constraint && !TemplatePlaceholder.In(constraint))
            {
                Check(pod, constraint, pod.Path + ".topologySpreadConstraints[" + i + "]", i, sink);
            }
        }
    }

    private static void Check(PodSpecView pod, YamlNode constraint, string path, int index, FindingSink sink)
    {
        var what = pod.Owner.Describe() + " topologySpreadConstraints[" + index + "]";

        var maxSkew = constraint["maxSkew"];
        if (maxSkew is null || maxSkew.IsNull)
        {
            Report(pod, sink, constraint.HeadRegion, path, what + " has no maxSkew, so the API server rejects the pod: set maxSkew to 1 or more.");
        }
        else if (maxSkew.AsInteger() is < 1)
        {
            Report(pod, sink, maxSkew.Region, path + ".maxSkew", what + " sets maxSkew to " + maxSkew.AsString() + ", which the API server rejects: set maxSkew to 1 or more.");
        }

        if (constraint["minDomains"] is { IsNull: false } minDomains && minDomains.AsInteger() is < 1)
        {
            Report(pod, sink, minDomains.Region, path + ".minDomains", what + " sets minDomains to " + minDomains.AsString() + ", which the API server rejects: remove minDomains or set it to 1 or more.");
        }

        var topologyKey = constraint["topologyKey"];
        if (topologyKey is null || string.IsNullOrEmpty(topologyKey.AsString()))
        {
            Report(pod, sink, topologyKey?.Region ?? constraint.HeadRegion, path + (topologyKey is null ? string.Empty : ".topologyKey"),
                what + " has no topologyKey, so the API server rejects the pod: set the node label to spread over, e.g. topology.kubernetes.io/zone.");
        }

        var whenUnsatisfiable = constraint["whenUnsatisfiable"];
        if (whenUnsatisfiable is null || whenUnsatisfiable.IsNull)
        {
            Report(pod, sink, constraint.HeadRegion, path, what + " has no whenUnsatisfiable, so the API server rejects the pod: set it to DoNotSchedule or ScheduleAnyway.");
        }
        else if (whenUnsatisfiable.AsString() is not ("DoNotSchedule" or "ScheduleAnyway"))
        {
            Report(pod, sink, whenUnsatisfiable.Region, path + ".whenUnsatisfiable",
                what + " sets whenUnsatisfiable to '" + whenUnsatisfiable.AsString() + "', which the API server rejects: use DoNotSchedule or ScheduleAnyway (case matters).");
        }

        if (constraint["labelSelector"] is null || constraint["labelSelector"]!.IsNull)
        {
            Report(pod, sink, constraint.HeadRegion, path, what + " has no labelSelector, so it counts no pods in any domain and spreads nothing: add a labelSelector matching the pod's own labels.");
        }
    }

    private static void Report(PodSpecView pod, FindingSink sink, SourceRegion region, string path, string message) =>
        sink.Report(Rule, region, path, message, pod.Owner.Reference);
}
