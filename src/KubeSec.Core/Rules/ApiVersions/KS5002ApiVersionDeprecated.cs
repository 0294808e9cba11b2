using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.ApiVersions;

public sealed class KS5002ApiVersionDeprecated : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS5002", "ApiVersionDeprecated", "API version deprecated in the target Kubernetes release", Severity.Medium, RuleCategory.ApiVersions)
    {
        Description = "The object's apiVersion is deprecated in the target Kubernetes release (KubeSecKubernetesVersion, --kubernetes-version; default 1.34) but still served: it applies with a warning today and stops applying once the release that removes it is installed. Judged against a table built from the Kubernetes deprecation guide.",
        Fix = "Move the object to the replacement apiVersion named in the finding before upgrading the cluster.",
        Equivalents = new[] { "kube-score:stable-version", "trivy:KSV-0107", "kubeaudit:deprecatedapis" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        var target = sink.Options.KubernetesVersion;
        if (ApiLifecycle.Find(obj) is not { DeprecatedIn: { } deprecated } entry || target < deprecated || (entry.RemovedIn is { } removed && target >= removed))
        {
            return;
        }

        var removal = entry.RemovedIn is { } planned ? " and is removed in " + planned : string.Empty;
        var apiVersion = obj.Root["apiVersion"];
        sink.Report(Rule, apiVersion?.Region ?? obj.Root.HeadRegion, obj.PathPrefix + "apiVersion",
            obj.Describe() + " uses " + obj.ApiVersion + " " + obj.Kind + ", which was deprecated in Kubernetes " + deprecated + removal +
            " (target " + target + "): " + entry.Advice(obj) + ".",
            obj.Reference);
    }
}
