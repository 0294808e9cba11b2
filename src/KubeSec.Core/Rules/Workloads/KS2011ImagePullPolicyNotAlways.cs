using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2011ImagePullPolicyNotAlways : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS2011", "ImagePullPolicyNotAlways", "Container image pull policy is not Always", Severity.Low, RuleCategory.Reliability)
    {
        Description = "With IfNotPresent or Never a node reuses whatever image it cached under the tag, so a re-pushed tag is not picked up everywhere, and a pod can start a private image cached by another tenant's pod without having the pull credentials. Looks at the effective policy: an unset imagePullPolicy is Always for an untagged or 'latest' image and IfNotPresent otherwise, as Kubernetes defaults it. Images pinned by digest are skipped: their content cannot change under the reference.",
        Fix = "Set imagePullPolicy: Always (the registry is then asked on every start; cached layers are still reused), or pin the image by digest.",
        Equivalents = new[] { "polaris:pullPolicyNotAlways", "kube-score:container-image-pull-policy", "checkov:CKV_K8S_15" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        var imageText = container.Node["image"]?.AsString();
        if (imageText is null || TemplatePlaceholder.In(imageText) || ImageReference.TryParse(imageText) is not { } image || image.Digest is not null)
        {
            return;
        }

        var policyNode = container.Node["imagePullPolicy"];
        var policy = policyNode?.AsString();
        var path = container.Path + ".imagePullPolicy";
        if (policy is null)
        {
            if (image.Tag is null || image.Tag == "latest")
            {
                return; // Kubernetes defaults the policy to Always for these.
            }

            sink.Report(Rule, container.Node["image"]!.Region, path,
                container.Describe() + " sets no imagePullPolicy, so tag '" + image.Tag + "' defaults to IfNotPresent and a node may run a stale cached image: set imagePullPolicy: Always or pin the image by digest.",
                container.Owner.Reference, container.Name);
            return;
        }

        if (policy == "Always" || TemplatePlaceholder.In(policy))
        {
            return;
        }

        sink.Report(Rule, policyNode!.Region, path,
            container.Describe() + " sets imagePullPolicy: " + policy + ", so a node may run a stale cached image or one cached for another pod: set it to Always or pin the image by digest.",
            container.Owner.Reference, container.Name);
    }
}
