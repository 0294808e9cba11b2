using System;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1020AppArmorUnconfined : ContainerRule
{
    public const string AnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    public static readonly RuleDescriptor Rule = new("KS1020", "AppArmorUnconfined", "Container disables or overrides its AppArmor profile", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "An AppArmor profile of type Unconfined (or the legacy annotation container.apparmor.security.beta.kubernetes.io/<name>: unconfined) removes the mandatory access control the runtime applies by default; the baseline Pod Security Standard allows only RuntimeDefault and Localhost profiles.",
        Fix = "Remove the setting, or set securityContext.appArmorProfile.type to RuntimeDefault (or Localhost with a loaded profile).",
        PodSecurity = PodSecurityLevel.Baseline,
        Equivalents = new[] { "trivy:KSV-0002", "kubesec:ApparmorUnconfined" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return;
        }

        var key = AnnotationPrefix + container.Name;
        if (container.Pod.Annotation(key) is { } annotation && annotation.AsString() is { } value
            && value != "runtime/default" && !value.StartsWith("localhost/", StringComparison.Ordinal))
        {
            sink.Report(Rule, annotation.Region, container.Pod.AnnotationsPath() + "." + key,
                container.Describe() + " sets the AppArmor annotation to '" + value + "' instead of runtime/default or localhost/<profile>: remove it or use runtime/default.",
                container.Owner.Reference, container.Name);
            return;
        }

        var profile = container.Effective("appArmorProfile");
        if (profile.Node is { IsMapping: true } mapping && mapping["type"] is { } type && type.AsString() is { } text
            && text != "RuntimeDefault" && text != "Localhost")
        {
            sink.Report(Rule, type.Region, profile.Path + ".type",
                container.Describe() + " sets appArmorProfile.type: " + text + ", which turns AppArmor confinement off: remove it or use RuntimeDefault.",
                container.Owner.Reference, container.Name);
        }
    }
}
