using KubeSec.Manifests;

namespace KubeSec.Rules.Workloads;

/// <summary>
/// Shared check for a missing probe on the long-running containers of a workload. Init and ephemeral
/// containers cannot have liveness or readiness probes, and Jobs and CronJobs run to completion.
/// </summary>
public abstract class MissingProbeRule : ContainerRule
{
    /// <summary>The probe field, e.g. <c>livenessProbe</c>.</summary>
    protected abstract string ProbeField { get; }

    /// <summary>The end of the message: what goes wrong without the probe and what to add.</summary>
    protected abstract string Consequence { get; }

    protected sealed override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Kind != ContainerKind.Container || WorkloadShape.RunsToCompletion(container.Owner))
        {
            return;
        }

        if (container.Node[ProbeField] is { } probe && !probe.IsNull)
        {
            return;
        }

        sink.Report(Descriptor, container.Node.HeadRegion, container.Path + "." + ProbeField,
            container.Describe() + " has no " + ProbeField + ", so " + Consequence,
            container.Owner.Reference, container.Name);
    }
}
