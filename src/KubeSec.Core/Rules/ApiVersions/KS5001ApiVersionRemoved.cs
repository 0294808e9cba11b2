using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.ApiVersions;

public sealed class KS5001ApiVersionRemoved : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS5001", "ApiVersionRemoved", "API version removed in the target Kubernetes release", Severity.High, RuleCategory.ApiVersions)
    {
        Description = "The object's apiVersion is no longer served by the target Kubernetes release (KubeSecKubernetesVersion, --kubernetes-version; default 1.34), so applying the manifest fails with 'no matches for kind'. Judged against a table built from the Kubernetes deprecation guide.",
        Fix = "Move the object to the replacement apiVersion named in the finding and adapt the fields that changed (see the Kubernetes deprecation guide).",
        Equivalents = new[] { "kube-linter:no-extensions-v1beta", "kube-score:stable-version", "trivy:KSV-0107", "kubeaudit:deprecatedapis" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        var target = sink.Options.KubernetesVersion;
        if (ApiLifecycle.Find(obj) is not { RemovedIn: { } removed } entry || target < removed)
        {
            return;
        }

        var apiVersion = obj.Root["apiVersion"];
        sink.Report(Rule, apiVersion?.Region ?? obj.Root.HeadRegion, obj.PathPrefix + "apiVersion",
            obj.Describe() + " uses " + obj.ApiVersion + " " + obj.Kind + ", which was removed in Kubernetes " + removed +
            " (target " + target + "), so the manifest no longer applies: " + entry.Advice(obj) + ".",
            obj.Reference);
    }
}
