using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2056InstanceLabelMismatch : ManifestRule
{
    private const string InstanceLabel = "app.kubernetes.io/instance";

    public static readonly RuleDescriptor Rule = new("KS2056", "InstanceLabelMismatch", "Workload's app.kubernetes.io/instance label does not match its name", Severity.Info, RuleCategory.Reliability)
    {
        Description = "Dashboards, cost reports, policy engines and kubectl selectors that follow the Kubernetes recommended labels find a deployed instance by app.kubernetes.io/instance. This convention check asks every workload (Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet and other objects with a pod template) to carry that label in its own metadata.labels with its metadata.name as value, so that selecting by instance singles the workload out. It is opt-in because many projects follow another convention: Helm charts and multi-component applications set the label to the release or application name, shared by all their workloads. Templated names and labels are not judged.",
        Fix = "Set metadata.labels['app.kubernetes.io/instance'] to the workload's metadata.name.",
        Equivalents = new[] { "polaris:metadataAndInstanceMismatched" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.PodSpec is null || obj.Name.Length == 0 || TemplatePlaceholder.In(obj.Name))
        {
            return;
        }

        var metadata = obj.Root["metadata"];
        var labels = metadata?["labels"] is { IsMapping: true } mapping ? mapping : null;
        var label = labels?[InstanceLabel];
        var path = obj.PathPrefix + "metadata.labels['" + InstanceLabel + "']";
        if (label is null)
        {
            sink.Report(Rule, labels?.AnchorRegion ?? metadata?.AnchorRegion ?? obj.Root.HeadRegion, path,
                obj.Describe() + " has no " + InstanceLabel + " label, so selecting by instance cannot single it out: add the label with value '" + obj.Name + "'.",
                obj.Reference);
            return;
        }

        var value = label.AsString();
        if (value == obj.Name || TemplatePlaceholder.In(label))
        {
            return;
        }

        sink.Report(Rule, label.Region, path,
            obj.Describe() + " sets " + InstanceLabel + ": '" + value + "' instead of its name, so selecting by instance does not single it out: set the label to '" + obj.Name + "'.",
            obj.Reference);
    }
}
