using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

public sealed class KS2034EphemeralStorageUnset : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS2034", "EphemeralStorageUnset", "Container has no ephemeral-storage request or limit", Severity.Low, RuleCategory.Reliability)
    {
        Description = "A container without both resources.requests.ephemeral-storage and resources.limits.ephemeral-storage can write logs, caches and temp files until its node's disk fills up; the kubelet then evicts pods by disk usage, not only the offender. Init containers are checked; ephemeral containers cannot have resources.",
        Fix = "Set resources.requests.ephemeral-storage and resources.limits.ephemeral-storage.",
        Equivalents = new[] { "kube-score:container-ephemeral-storage-request-and-limit" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Kind == ContainerKind.EphemeralContainer)
        {
            return;
        }

        var resources = container.Node["resources"] is { IsMapping: true } r ? r : null;
        var requests = resources?["requests"] is { IsMapping: true } q ? q : null;
        var limits = resources?["limits"] is { IsMapping: true } l ? l : null;
        var hasRequest = IsSet(requests?["ephemeral-storage"]);
        var hasLimit = IsSet(limits?["ephemeral-storage"]);
        if (hasRequest && hasLimit)
        {
            return;
        }

        var missing = !hasRequest && !hasLimit ? "request or limit" : hasRequest ? "limit" : "request";
        var section = hasRequest ? limits : requests;
        var region = section?.AnchorRegion ?? resources?.AnchorRegion ?? container.Node.HeadRegion;
        sink.Report(Rule, region, container.Path + ".resources." + (hasRequest ? "limits" : "requests") + ".ephemeral-storage",
            container.Describe() + " sets no ephemeral-storage " + missing + ", so it can fill its node's disk and get other pods evicted: set both.",
            container.Owner.Reference, container.Name);
    }

    private static bool IsSet(YamlNode? value) => value is { IsScalar: true, IsNull: false };
}
