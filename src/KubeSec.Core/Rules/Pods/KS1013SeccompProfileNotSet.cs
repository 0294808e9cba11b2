using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1013SeccompProfileNotSet : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1013", "SeccompProfileNotSet", "Container has no RuntimeDefault or Localhost seccomp profile", Severity.Low, RuleCategory.PodSecurity)
    {
        Description = "Without a seccomp profile a container can call every system call, including the rarely used ones most kernel exploits need; unless the kubelet runs with SeccompDefault, an unset profile means Unconfined. The restricted Pod Security Standard requires RuntimeDefault or Localhost on the pod or on every container. The legacy annotations seccomp.security.alpha.kubernetes.io/pod and container.seccomp.security.alpha.kubernetes.io/<name> count.",
        Fix = "Set securityContext.seccompProfile.type: RuntimeDefault on the pod (every container inherits it).",
        PodSecurity = PodSecurityLevel.Restricted,
        CisItem = "CIS Kubernetes 5.7.2",
        Equivalents = new[] { "kube-score:container-seccomp-profile", "trivy:KSV-0030", "checkov:CKV_K8S_31", "kubesec:SeccompAny", "kubeaudit:seccomp" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return; // seccomp is Linux-only; the Pod Security Standards exempt Windows pods.
        }

        var setting = SeccompSetting.Of(container);
        switch (setting.Kind)
        {
            case SeccompKind.RuntimeDefault:
            case SeccompKind.Localhost:
                return;
            case SeccompKind.None:
                sink.Report(Rule, container.MissingFieldRegion, setting.Path,
                    container.Describe() + " has no seccomp profile, so it may call any system call: set securityContext.seccompProfile.type: RuntimeDefault on the pod or container.",
                    container.Owner.Reference, container.Name);
                return;
            default:
                sink.Report(Rule, setting.RegionOr(container.MissingFieldRegion), setting.Path,
                    container.Describe() + " uses " + setting.Text + " instead of a RuntimeDefault or Localhost seccomp profile: set securityContext.seccompProfile.type: RuntimeDefault.",
                    container.Owner.Reference, container.Name);
                return;
        }
    }
}
