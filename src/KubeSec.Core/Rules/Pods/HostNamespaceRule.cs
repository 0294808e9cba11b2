using KubeSec.Manifests;

namespace KubeSec.Rules.Pods;

/// <summary>The shared check of hostNetwork, hostPID and hostIPC: a pod-level boolean that must not be true.</summary>
public abstract class HostNamespaceRule : PodSpecRule
{
    /// <summary>The pod spec field, e.g. <c>hostNetwork</c>.</summary>
    protected abstract string Field { get; }

    /// <summary>What sharing the namespace means, for the message: "the node's network namespace".</summary>
    protected abstract string Shares { get; }

    protected sealed override void CheckPod(PodSpecView pod, FindingSink sink)
    {
        var setting = pod.Spec[Field];
        if (setting?.AsBoolean() == true)
        {
            sink.Report(Descriptor, setting.Region, pod.Path + "." + Field,
                pod.Owner.Describe() + " sets " + Field + ": " + setting.Value + ", which shares " + Shares + ": remove it or set it to false.",
                pod.Owner.Reference);
        }
    }
}
