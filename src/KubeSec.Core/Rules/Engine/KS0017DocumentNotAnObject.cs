using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0017DocumentNotAnObject : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0017", "DocumentNotAnObject", "Document kubectl cannot apply", Severity.Medium, RuleCategory.Engine)
    {
        Description = "A YAML document whose root is a list of Kubernetes objects: kubectl decodes each document as one object and refuses it, so the objects are not checked.",
        Fix = "Put each object in a document of its own (separated by '---' lines), or wrap them in 'apiVersion: v1', 'kind: List' and 'items:'.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
