using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0013NotARegularFile : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0013", "NotARegularFile", "Not a regular file", Severity.Medium, RuleCategory.Engine)
    {
        Description = "The path names a FIFO, a socket or a device (directly or through a link), not a file: it was not opened, because reading it could block forever or never end, so it was not checked.",
        Fix = "Remove it from the KubeSecManifest/KubeSecDockerfile items or the scanned paths, or replace it with the regular file it stands for.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
