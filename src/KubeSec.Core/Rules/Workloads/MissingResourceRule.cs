using KubeSec.Manifests;
using KubeSec.Yaml;

namespace KubeSec.Rules.Workloads;

/// <summary>
/// Shared check for an unset CPU or memory request or limit. Ephemeral containers cannot have
/// resources; init containers can and are checked, as the scheduler sizes the pod by them too.
/// </summary>
public abstract class MissingResourceRule : ContainerRule
{
    /// <summary><c>requests</c> or <c>limits</c>.</summary>
    protected abstract string Section { get; }

    /// <summary><c>cpu</c> or <c>memory</c>.</summary>
    protected abstract string Resource { get; }

    /// <summary>The middle of the message: what goes wrong without the value.</summary>
    protected abstract string Consequence { get; }

    protected sealed override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Kind == ContainerKind.EphemeralContainer)
        {
            return;
        }

        var resources = container.Node["resources"] is { IsMapping: true } r ? r : null;
        var section = resources?[Section] is { IsMapping: true } s ? s : null;
        if (IsSet(section?[Resource]))
        {
            return;
        }

        // A limit alone is not taken as the request: Kubernetes copies it only when no LimitRange
        // defaultRequest applies first, so the request the pod gets is not what the manifest says.
        var region = section?.AnchorRegion ?? resources?.AnchorRegion ?? container.Node.HeadRegion;
        sink.Report(Descriptor, region, container.Path + ".resources." + Section + "." + Resource,
            container.Describe() + " sets no " + Resource + " " + (Section == "requests" ? "request" : "limit") + ", so " + Consequence,
            container.Owner.Reference, container.Name);
    }

    private static bool IsSet(YamlNode? value) => value is not null && !value.IsNull && value.IsScalar;
}
