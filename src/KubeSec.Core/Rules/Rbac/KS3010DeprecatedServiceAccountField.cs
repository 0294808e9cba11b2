using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3010DeprecatedServiceAccountField : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS3010", "DeprecatedServiceAccountField", "Pod spec uses the deprecated serviceAccount field", Severity.Low, RuleCategory.Rbac)
    {
        Description = "spec.serviceAccount is a deprecated alias of spec.serviceAccountName. When both are set and differ, serviceAccountName wins, so the field that a reader sees may not be the identity the pod runs as; tools that read only serviceAccountName miss it.",
        Fix = "Rename serviceAccount to serviceAccountName.",
        Equivalents = new[] { "kube-linter:deprecated-service-account-field" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        if (pod.Spec["serviceAccount"] is not { } node || node.AsString() is not { Length: > 0 } name)
        {
            return;
        }

        sink.Report(Rule, node.AnchorRegion, pod.Path + ".serviceAccount",
            pod.Owner.Describe() + " sets the deprecated serviceAccount field ('" + name + "'): use serviceAccountName instead.",
            pod.Owner.Reference);
    }
}
