using KubeSec.Model;

namespace KubeSec.Rules.Engine;

public sealed class KS0015HelmTemplatesNotLinted : EngineRule
{
    public static readonly RuleDescriptor Rule = new("KS0015", "HelmTemplatesNotLinted", "Helm chart templates not linted", Severity.Info, RuleCategory.Engine)
    {
        Description = "The files under a Helm chart's templates/ folder are Go templates, not manifests, and KubeSec does not render charts yet, so they were not checked.",
        Fix = "Render the chart (helm template RELEASE CHART > rendered.yaml) and lint the output, e.g. as a KubeSecManifest item or with kubesec scan rendered.yaml.",
    };

    public override RuleDescriptor Descriptor => Rule;
}
