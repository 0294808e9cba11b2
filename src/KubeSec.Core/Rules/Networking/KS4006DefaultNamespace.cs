using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Networking;

public sealed class KS4006DefaultNamespace : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS4006", "DefaultNamespace", "Workload or Service is in the default namespace", Severity.Low, RuleCategory.Networking)
    {
        Description = "A workload or Service whose metadata.namespace is 'default' (or missing, when nothing such as kustomize or kubectl -n sets it) lands in the default namespace, shared with everything else deployed without thought: NetworkPolicies, quotas, RBAC and Pod Security admission labels cannot be scoped to it.",
        Fix = "Set metadata.namespace to the application's own namespace (or set it in kustomization.yaml or the Helm release).",
        CisItem = "CIS Kubernetes 5.7.4",
        Equivalents = new[] { "kube-linter:use-namespace" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if ((!NetworkObjects.IsWorkload(obj) && obj.Kind != "Service") || (obj.Namespace.Length > 0 && obj.Namespace != "default"))
        {
            return;
        }

        var metadata = obj.Root["metadata"];
        var region = metadata?["namespace"]?.Region ?? metadata?.AnchorRegion ?? obj.Root.HeadRegion;
        var what = obj.Namespace.Length == 0 ? "has no metadata.namespace, so it goes to the default namespace unless the deployment sets one" : "is in the default namespace";
        sink.Report(Rule, region, obj.PathPrefix + "metadata.namespace",
            obj.Describe() + " " + what + ": set metadata.namespace to the application's own namespace.",
            obj.Reference);
    }
}
