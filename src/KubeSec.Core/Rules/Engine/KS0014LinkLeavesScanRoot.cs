using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0014LinkLeavesScanRoot : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0014", "LinkLeavesScanRoot", "Symbolic link leaves the scan root", Severity.Low, RuleCategory.Engine)
    {
        Description = "A symbolic link found while collecting files leads outside the folder being scanned (the project, or the folder given to kubesec scan), so it was not followed and what it leads to was not checked.",
        Fix = "To lint the target, name it explicitly: as a path to kubesec scan, or as a KubeSecManifest/KubeSecDockerfile item; otherwise remove the link.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
