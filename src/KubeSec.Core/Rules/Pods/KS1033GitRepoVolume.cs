using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1033GitRepoVolume : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS1033", "GitRepoVolume", "Pod uses the deprecated gitRepo volume", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "The gitRepo volume is deprecated: the kubelet runs git as root on the node to clone it, and a crafted repository can run code on the node through git hooks (CVE-2024-10220). The restricted Pod Security Standard does not allow it.",
        Fix = "Clone the repository in an init container into an emptyDir volume (or use a git-sync sidecar), and remove the gitRepo volume.",
        Equivalents = System.Array.Empty<string>(),
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        foreach (var volume in pod.Volumes())
        {
            if (volume.Type == "gitRepo" && volume.Source is not null)
            {
                sink.Report(Rule, volume.Source.AnchorRegion, volume.Path + ".gitRepo",
                    pod.Owner.Describe() + " volume '" + volume.Name + "' is a deprecated gitRepo volume, which the kubelet clones as root on the node: clone the repository in an init container into an emptyDir instead.",
                    pod.Owner.Reference);
            }
        }
    }
}
