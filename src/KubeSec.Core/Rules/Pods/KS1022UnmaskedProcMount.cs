using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1022UnmaskedProcMount : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1022", "UnmaskedProcMount", "Container unmasks /proc (procMount)", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "By default the runtime masks and makes read-only the parts of /proc that leak host information or allow kernel changes (/proc/kcore, /proc/sys, /proc/sysrq-trigger, ...). procMount: Unmasked removes those protections; the baseline Pod Security Standard allows only Default.",
        Fix = "Remove securityContext.procMount or set it to Default.",
        PodSecurity = PodSecurityLevel.Baseline,
        Equivalents = new[] { "kube-linter:unsafe-proc-mount", "polaris:procMount", "trivy:KSV-0027" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.SecurityContext?["procMount"] is { } procMount && procMount.AsString() is { } value && value != "Default")
        {
            sink.Report(Rule, procMount.Region, container.Path + ".securityContext.procMount",
                container.Describe() + " sets procMount: " + value + ", which exposes the host's /proc paths the runtime normally masks: remove it or set it to Default.",
                container.Owner.Reference, container.Name);
        }
    }
}
