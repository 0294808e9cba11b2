using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Networking;

public sealed class KS4011SelectorDoesNotMatchTemplate : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS4011", "SelectorDoesNotMatchTemplate", "Workload selector does not match its pod template labels", Severity.Medium, RuleCategory.Networking)
    {
        Description = "A Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, ReplicationController, Argo Rollout or OpenShift DeploymentConfig whose spec.selector does not match its own pod template's labels is rejected by the API server (apps/v1), or manages pods it does not own and never sees the ones it creates. LabelSelectors (matchLabels, matchExpressions) and plain map selectors (ReplicationController, DeploymentConfig) are both evaluated; templated selectors are skipped.",
        Fix = "Make spec.selector match spec.template.metadata.labels.",
        Equivalents = new[] { "kube-linter:mismatching-selector", "kube-score:deployment-pod-selector-labels-match-template-metadata-labels", "kube-score:statefulset-pod-selector-labels-match-template-metadata-labels" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.PodSpec is null || obj.Kind is "Pod" or "CronJob" or "PodTemplate"
            || obj.Root.At("spec", "selector") is not { IsMapping: true } selector || selector.Entries.Count == 0 || TemplatePlaceholder.In(selector))
        {
            return;
        }

        var labels = LabelSelector.PodLabels(obj);
        var plainMap = selector["matchLabels"] is null && selector["matchExpressions"] is null;
        var match = plainMap ? LabelSelector.TestMap(selector, labels) : LabelSelector.Test(selector, labels);
        if (match != false)
        {
            return;
        }

        sink.Report(Rule, selector.AnchorRegion, obj.PathPrefix + "spec.selector",
            obj.Describe() + " has a spec.selector that does not match its pod template's labels, so it is rejected or never finds its own pods: make spec.selector match spec.template.metadata.labels.",
            obj.Reference);
    }
}
