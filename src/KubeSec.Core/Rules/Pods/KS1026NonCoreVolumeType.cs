using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1026NonCoreVolumeType : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS1026", "NonCoreVolumeType", "Pod uses a volume type the restricted profile does not allow", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "The restricted Pod Security Standard allows only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes; other in-tree types (hostPath, nfs, iscsi, gitRepo, cephfs, ...) reach node or network storage directly with the node's privileges.",
        Fix = "Replace the volume with a persistentVolumeClaim (backed by a PersistentVolume or CSI driver) or one of the allowed types.",
        PodSecurity = PodSecurityLevel.Restricted,
        EnabledByDefault = false,
        Equivalents = new[] { "trivy:KSV-0028" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        foreach (var volume in pod.Volumes())
        {
            if (volume.Type is null || volume.Source is null || volume.Type is "configMap" or "csi" or "downwardAPI" or "emptyDir" or "ephemeral" or "persistentVolumeClaim" or "projected" or "secret")
            {
                continue;
            }

            sink.Report(Rule, volume.Source.AnchorRegion, volume.Path + "." + volume.Type,
                pod.Owner.Describe() + " volume '" + volume.Name + "' uses the " + volume.Type + " volume type, which the restricted Pod Security Standard does not allow: use a persistentVolumeClaim or an allowed volume type.",
                pod.Owner.Reference);
        }
    }
}
