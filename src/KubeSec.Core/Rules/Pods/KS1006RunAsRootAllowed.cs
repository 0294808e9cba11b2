using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1006RunAsRootAllowed : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS1006", "RunAsRootAllowed", "Container is not forced to run as non-root", Severity.Medium, RuleCategory.PodSecurity)
    {
        Description = "Without runAsNonRoot: true (or a non-zero runAsUser) a container runs as whatever user its image names, often root; root in a container is one kernel bug away from root on the node. The pod's securityContext counts for every container that does not override it.",
        Fix = "Set securityContext.runAsNonRoot: true on the pod or the container, and runAsUser to a non-zero UID if the image's user is root.",
        PodSecurity = PodSecurityLevel.Restricted,
        CisItem = "CIS Kubernetes 5.2.7",
        Equivalents = new[]
        {
            "kube-linter:run-as-non-root", "polaris:runAsRootAllowed", "trivy:KSV-0012", "checkov:CKV_K8S_23",
            "kubesec:RunAsNonRoot", "kubeaudit:nonroot",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Pod.IsWindows)
        {
            return; // Windows pods choose their user with windowsOptions.runAsUserName.
        }

        var user = container.Effective("runAsUser");
        var nonRoot = container.Effective("runAsNonRoot");
        var uid = user.Node?.AsInteger();
        if (uid == 0)
        {
            sink.Report(Rule, user.Node!.Region, user.Path,
                container.Describe() + " sets runAsUser: 0 and so runs as root: use a non-zero UID and set runAsNonRoot: true.",
                container.Owner.Reference, container.Name);
            return;
        }

        if (nonRoot.Node?.AsBoolean() == true || uid > 0)
        {
            return;
        }

        if (nonRoot.Node?.AsBoolean() == false)
        {
            sink.Report(Rule, nonRoot.Node.Region, nonRoot.Path,
                container.Describe() + " sets runAsNonRoot: false, so it runs as root if its image does: set runAsNonRoot: true.",
                container.Owner.Reference, container.Name);
            return;
        }

        sink.Report(Rule, container.MissingFieldRegion, container.Path + ".securityContext.runAsNonRoot",
            container.Describe() + " may run as root: set securityContext.runAsNonRoot: true on the pod or container (and a non-zero runAsUser if the image's user is root).",
            container.Owner.Reference, container.Name);
    }
}
