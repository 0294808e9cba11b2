using KubeSec.Manifests;

namespace KubeSec.Rules;

/// <summary>A rule over one Kubernetes object.</summary>
public abstract class ManifestRule : Rule
{
    public abstract void Check(KubernetesObject obj, FindingSink sink);
}

/// <summary>A rule over the pod spec of any workload kind.</summary>
public abstract class PodSpecRule : ManifestRule
{
    public sealed override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.PodSpec is { } pod)
        {
            CheckPod(pod, sink);
        }
    }

    protected abstract void CheckPod(PodSpecView pod, FindingSink sink);
}

/// <summary>A rule over each container (init and ephemeral included) of any workload kind.</summary>
public abstract class ContainerRule : ManifestRule
{
    public sealed override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (obj.PodSpec is not { } pod)
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            CheckContainer(container, sink);
        }
    }

    protected abstract void CheckContainer(ContainerView container, FindingSink sink);
}
