using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1008WritableRootFilesystem : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1008", "WritableRootFilesystem", "Container root filesystem is writable", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "Unless readOnlyRootFilesystem is true, a compromised process can change the container's binaries and libraries, drop tools and persist until the container is recreated. The field is container-only; the pod's securityContext has none.",
        Fix = "Set securityContext.readOnlyRootFilesystem: true on the container and mount an emptyDir where it must write (e.g. /tmp).",
        Equivalents = new[]
        {
            "kube-linter:no-read-only-root-fs", "polaris:notReadOnlyRootFilesystem", "kube-score:container-security-context-readonlyrootfilesystem",
            "trivy:KSV-0014", "checkov:CKV_K8S_22", "kubeaudit:rootfs",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return; // Windows containers cannot have a read-only root filesystem.
        }

        var setting = container.SecurityContext?["readOnlyRootFilesystem"];
        switch (setting?.AsBoolean())
        {
            case true:
                return;
            case false:
                sink.Report(Rule, setting!.Region, container.Path + ".securityContext.readOnlyRootFilesystem",
                    container.Describe() + " sets readOnlyRootFilesystem: false, so its root filesystem is writable: set it to true and mount an emptyDir where the process writes.",
                    container.Owner.Reference, container.Name);
                return;
            default:
                sink.Report(Rule, container.MissingFieldRegion, container.Path + ".securityContext.readOnlyRootFilesystem",
                    container.Describe() + " does not set securityContext.readOnlyRootFilesystem, so its root filesystem is writable: set it to true and mount an emptyDir where the process writes.",
                    container.Owner.Reference, container.Name);
                return;
        }
    }
}
