using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2001ImageTagNotPinned : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS2001", "ImageTagNotPinned", "Container image has no tag or uses 'latest'", Severity.Medium, RuleCategory.Reliability)
    {
        Description = "An image with no tag or the 'latest' tag (and no digest) is whatever the registry points 'latest' at when a node pulls it, so replicas of one Deployment can run different code, a rollback does not roll back, and a compromised push reaches production on the next restart.",
        Fix = "Pin the image to a version tag, ideally with its digest (registry/app:1.4.2@sha256:...).",
        Equivalents = new[]
        {
            "kube-linter:latest-tag", "polaris:tagNotSpecified", "kube-score:container-image-tag", "trivy:KSV-0013", "checkov:CKV_K8S_14",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        var image = container.Node["image"];
        var text = image?.AsString();
        if (image is null || text is null || TemplatePlaceholder.In(text) || ImageReference.TryParse(text) is not { } reference)
        {
            return; // A missing image is a schema problem; a templated one is resolved later.
        }

        if (reference.Digest is not null || (reference.Tag is not null && reference.Tag != "latest"))
        {
            return;
        }

        var problem = reference.Tag is null ? "has no tag, so it means 'latest'" : "uses the 'latest' tag";
        sink.Report(Rule, image.Region, container.Path + ".image",
            container.Describe() + " image '" + text + "' " + problem + " and can change under a running workload: pin a version tag, ideally with its @sha256 digest.",
            container.Owner.Reference, container.Name);
    }
}
