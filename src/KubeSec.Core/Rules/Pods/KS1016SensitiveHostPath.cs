using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1016SensitiveHostPath : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS1016", "SensitiveHostPath", "Pod mounts a sensitive node directory", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "A hostPath volume of /, /etc, /proc, /sys, /dev, /boot, /usr, /lib, /root, /var/lib/kubelet, /var/lib/docker, /etc/kubernetes and similar node directories exposes node credentials, kernel interfaces or binaries: with write access it is a direct node takeover, read-only it leaks kubelet and cluster credentials.",
        Fix = "Remove the hostPath volume; if a node agent really needs the path, mount the narrowest subdirectory read-only and run it in a dedicated, restricted namespace.",
        PodSecurity = PodSecurityLevel.Baseline,
        Equivalents = new[] { "kube-linter:sensitive-host-mounts", "trivy:KSV-0121", "kubeaudit:mounts" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        foreach (var volume in pod.Volumes())
        {
            if (volume.NormalizedHostPath is { } path && volume.HostPathNode is { } node && HostPaths.IsSensitive(path))
            {
                sink.Report(Rule, node.Region, volume.Path + ".hostPath.path",
                    pod.Owner.Describe() + " volume '" + volume.Name + "' mounts the node's " + node.AsString() + ", which exposes node credentials or kernel interfaces: remove the hostPath volume.",
                    pod.Owner.Reference);
            }
        }
    }
}
