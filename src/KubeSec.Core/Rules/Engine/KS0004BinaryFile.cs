using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0004BinaryFile : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0004", "BinaryFile", "Binary file", Severity.Low, RuleCategory.Engine)
    {
        Description = "The file holds NUL bytes, so it is not text and was not checked.",
        Fix = "Exclude the file from the KubeSecManifest or KubeSecDockerfile items.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
