using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6026ControlPlaneProfilingEnabled : BooleanFlagRule
{
    public static readonly RuleDescriptor Rule = new("KS6026", "ControlPlaneProfilingEnabled", "Control-plane component serves profiling endpoints", Severity.Low, RuleCategory.NodeConfiguration)
    {
        Description = "kube-apiserver, kube-controller-manager and kube-scheduler serve Go profiling data under /debug/pprof unless --profiling=false; it defaults to true.",
        Fix = "Pass --profiling=false to the component (kubeadm: extraArgs of apiServer, controllerManager and scheduler).",
        CisItem = "CIS Kubernetes 1.2.18, 1.3.2, 1.4.1",
        Equivalents = new string[] { "trivy:KCV-0018", "trivy:KCV-0034", "trivy:KCV-0040", "checkov:CKV_K8S_90", "checkov:CKV_K8S_107", "checkov:CKV_K8S_114" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Flag => "profiling";

    protected override bool Expected => false;

    protected override bool ProgramDefault => true;

    protected override string Consequence => "so /debug/pprof exposes program internals and can be used to load the component";

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer || component == ControlPlaneComponent.ControllerManager || component == ControlPlaneComponent.Scheduler;
}
