using KubeSec.Manifests;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

/// <summary>
/// Shared check that a container's request of one resource equals its limit (kube-score's optional
/// Guaranteed-QoS checks). Containers setting neither are left to the missing-resource rules;
/// ephemeral containers cannot have resources.
/// </summary>
public abstract class RequestLimitRule : ContainerRule
{
    /// <summary><c>cpu</c>, <c>memory</c> or <c>ephemeral-storage</c>.</summary>
    protected abstract string Resource { get; }

    protected sealed override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Kind == ContainerKind.EphemeralContainer)
        {
            return;
        }

        var resources = container.Node["resources"] is { IsMapping: true } r ? r : null;
        var request = Value(resources, "requests");
        var limit = Value(resources, "limits");
        if (request is null && limit is null)
        {
            return;
        }

        var path = container.Path + ".resources";
        if (request is null || limit is null)
        {
            var missing = request is null ? "requests" : "limits";
            var present = request ?? limit!;
            sink.Report(Descriptor, resources?[missing]?.AnchorRegion ?? present.Key?.Region ?? present.Region, path + "." + missing + "." + Resource,
                container.Describe() + " sets a " + Resource + " " + (request is null ? "limit" : "request") + " but no " + (request is null ? "request" : "limit") + ", so the two differ: set " + missing + "." + Resource + " to the same value.",
                container.Owner.Reference, container.Name);
            return;
        }

        var requested = Quantity.Parse(request.AsString());
        var limited = Quantity.Parse(limit.AsString());
        if (requested is null || limited is null || requested == limited)
        {
            return; // Unparsable (templated) values are not judged.
        }

        sink.Report(Descriptor, request.Region, path + ".requests." + Resource,
            container.Describe() + " requests " + request.AsString() + " " + Resource + " but its limit is " + limit.AsString() + ": set the request equal to the limit.",
            container.Owner.Reference, container.Name);
    }

    private YamlNode? Value(YamlNode? resources, string section) =>
        resources?[section] is { IsMapping: true } map && map[Resource] is { IsScalar: true, IsNull: false } value ? value : null;
}
