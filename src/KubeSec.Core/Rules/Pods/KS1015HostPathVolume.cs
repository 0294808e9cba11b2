using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1015HostPathVolume : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS1015", "HostPathVolume", "Pod mounts a hostPath volume", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "A hostPath volume exposes a file or directory of the node to the pod, ties the pod to what is on that node and is the usual first step of a container escape; the baseline Pod Security Standard forbids hostPath volumes.",
        Fix = "Use an emptyDir, configMap, secret, projected or persistentVolumeClaim volume instead of hostPath.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.12",
        Equivalents = new[] { "polaris:hostPathSet", "trivy:KSV-0023" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        foreach (var volume in pod.Volumes())
        {
            if (!volume.IsHostPath || volume.Source is null)
            {
                continue;
            }

            var shown = volume.HostPath is { } path ? " (" + path + ")" : string.Empty;
            sink.Report(Rule, volume.Source.AnchorRegion, volume.Path + ".hostPath",
                pod.Owner.Describe() + " volume '" + volume.Name + "' is a hostPath volume" + shown + ", which exposes the node's filesystem: use an emptyDir, configMap, secret or persistentVolumeClaim volume instead.",
                pod.Owner.Reference);
        }
    }
}
