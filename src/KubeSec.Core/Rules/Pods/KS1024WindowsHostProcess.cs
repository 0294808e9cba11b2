using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Pods;

public sealed class KS1024WindowsHostProcess : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS1024", "WindowsHostProcess", "Windows pod or container runs as a HostProcess", Severity.High, RuleCategory.PodSecurity)
    {
        Description = "A Windows HostProcess container runs directly on the node, in the host's network and process namespaces and with access to its filesystem: the Windows equivalent of a privileged container. The baseline Pod Security Standard forbids windowsOptions.hostProcess: true on the pod or any container.",
        Fix = "Remove windowsOptions.hostProcess or set it to false.",
        PodSecurity = PodSecurityLevel.Baseline,
        CisItem = "CIS Kubernetes 5.2.11",
        Equivalents = new[] { "polaris:hostProcess", "trivy:KSV-0103" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(Manifests.PodSpecView pod, FindingSink sink)
    {
        Check(pod.SecurityContext, pod.Path, pod.Owner.Describe(), null, pod, sink);
        foreach (var container in pod.Containers)
        {
            Check(container.SecurityContext, container.Path, container.Describe(), container.Name, pod, sink);
        }
    }

    private static void Check(YamlNode? securityContext, string ownerPath, string who, string? containerName, Manifests.PodSpecView pod, FindingSink sink)
    {
        if (securityContext?.At("windowsOptions", "hostProcess") is { } hostProcess && hostProcess.AsBoolean() == true)
        {
            sink.Report(Rule, hostProcess.Region, ownerPath + ".securityContext.windowsOptions.hostProcess",
                who + " sets windowsOptions.hostProcess: " + hostProcess.Value + ", which runs it directly on the Windows node: remove it or set it to false.",
                pod.Owner.Reference, containerName);
        }
    }
}
