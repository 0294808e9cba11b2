using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1014SeccompUnconfined : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1014", "SeccompUnconfined", "Container explicitly disables seccomp", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "A seccomp profile of type Unconfined (or the legacy annotation value unconfined) turns syscall filtering off even on nodes that enable RuntimeDefault for every pod; the baseline Pod Security Standard forbids it.",
        Fix = "Set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a profile that allows what the process needs).",
        PodSecurity = PodSecurityLevel.Baseline,
        Equivalents = new[] { "trivy:KSV-0104", "kubesec:SeccompUnconfined" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return;
        }

        var setting = SeccompSetting.Of(container);
        if (setting.Kind == SeccompKind.Unconfined)
        {
            sink.Report(Rule, setting.RegionOr(container.MissingFieldRegion), setting.Path,
                container.Describe() + " sets " + setting.Text + ", which turns syscall filtering off: use RuntimeDefault or a Localhost profile.",
                container.Owner.Reference, container.Name);
        }
    }
}
