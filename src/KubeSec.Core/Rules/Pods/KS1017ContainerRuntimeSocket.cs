using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Pods;

public sealed class KS1017ContainerRuntimeSocket : PodSpecRule
{
    public static readonly RuleDescriptor Rule = new("KS1017", "ContainerRuntimeSocket", "Pod mounts the container runtime socket", Severity.Critical, RuleCategory.PodSecurity)
    {
        Description = "Whoever can talk to docker.sock, containerd.sock or crio.sock can start a privileged container with the node's root filesystem mounted: mounting the socket (or a directory above it, such as /var/run) hands the node to the pod.",
        Fix = "Remove the hostPath volume; build images with a daemonless builder (BuildKit rootless, kaniko, buildah) and read container metadata from the Kubernetes API.",
        PodSecurity = PodSecurityLevel.Baseline,
        Equivalents = new[] { "kube-linter:docker-sock", "trivy:KSV-0006", "checkov:CKV_K8S_27", "kubesec:DockerSock", "kubeaudit:mounts" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        foreach (var volume in pod.Volumes())
        {
            if (volume.NormalizedHostPath is { } path && volume.HostPathNode is { } node && HostPaths.ExposedRuntimeSocket(path) is { } socket)
            {
                var what = socket == path ? "the container runtime socket " + node.AsString() : node.AsString() + ", which contains the container runtime socket " + socket;
                sink.Report(Rule, node.Region, volume.Path + ".hostPath.path",
                    pod.Owner.Describe() + " volume '" + volume.Name + "' mounts " + what + ", which gives control of the node: remove the hostPath volume.",
                    pod.Owner.Reference);
            }
        }
    }
}
