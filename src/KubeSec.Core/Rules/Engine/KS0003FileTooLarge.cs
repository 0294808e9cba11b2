using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0003FileTooLarge : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0003", "FileTooLarge", "File too large to lint", Severity.Low, RuleCategory.Engine)
    {
        Description = "The file is over the size limit for a manifest or Dockerfile (10 MB) and was not read, so it was not checked.",
        Fix = "Exclude generated or data files from the KubeSecManifest items, or split the manifest.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
