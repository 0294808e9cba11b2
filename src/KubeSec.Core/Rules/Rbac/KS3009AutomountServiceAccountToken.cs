using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3009AutomountServiceAccountToken : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS3009", "AutomountServiceAccountToken", "Service account token is mounted automatically", Severity.Medium, RuleCategory.Rbac)
    {
        Description = "Unless automountServiceAccountToken is false on the pod spec, or on the ServiceAccount the pod runs as when the pod does not set it, Kubernetes mounts an API token into every container. Code execution in any container then gets the service account's API permissions. The pod-level value wins over the ServiceAccount's; a ServiceAccount the scan does not contain counts as not disabling it.",
        Fix = "Set automountServiceAccountToken: false on the pod spec (or on its ServiceAccount) unless the workload calls the Kubernetes API.",
        Equivalents = new[] { "polaris:automountServiceAccountToken" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        foreach (var workload in objects.Workloads)
        {
            var pod = workload.PodSpec!;
            var podValue = pod.Spec["automountServiceAccountToken"];
            var podSetting = podValue?.AsBoolean();
            if (podSetting == false)
            {
                continue;
            }

            var use = ServiceAccountUse.Of(pod);
            if (podSetting is null && objects.Find("ServiceAccount", use.Name, workload)?.Root["automountServiceAccountToken"]?.AsBoolean() == false)
            {
                continue;
            }

            var region = podSetting == true ? podValue!.Region : pod.Spec.AnchorRegion;
            var what = podSetting == true ? "sets automountServiceAccountToken: true" : "does not disable automountServiceAccountToken (nor does ServiceAccount '" + use.Name + "' in the scan)";
            sink.ReportOn(Rule, workload, region, pod.Path.Substring(workload.PathPrefix.Length) + ".automountServiceAccountToken",
                workload.Describe() + " " + what + ", so every container gets an API token: set automountServiceAccountToken: false unless the workload calls the Kubernetes API.");
        }
    }
}
