using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1018WritableHostPathMount : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1018", "WritableHostPathMount", "Container mounts a hostPath volume writable", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "A volumeMount of a hostPath volume without readOnly: true lets the container write to the node's filesystem: plant files other pods or the node read, fill the node's disk, or alter node configuration.",
        Fix = "Set readOnly: true on the volumeMount, or replace the hostPath volume.",
        Equivalents = new[] { "kube-linter:writable-host-mount" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        foreach (var mount in container.VolumeMounts())
        {
            if (mount.Volume is not { IsHostPath: true } volume || mount.ReadOnly)
            {
                continue;
            }

            var region = mount.Node["readOnly"] is { } readOnly ? readOnly.Region : mount.Node.HeadRegion;
            var hostPath = volume.HostPath is { } path ? " (" + path + ")" : string.Empty;
            sink.Report(Rule, region, mount.Path + ".readOnly",
                container.Describe() + " mounts hostPath volume '" + volume.Name + "'" + hostPath + " writable: set readOnly: true on the volumeMount.",
                container.Owner.Reference, container.Name);
        }
    }
}
