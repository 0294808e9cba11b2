using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3011NonExistentServiceAccount : CrossObjectRule
{
    public static readonly RuleDescriptor Rule = new("KS3011", "NonExistentServiceAccount", "Workload names a ServiceAccount the scan does not define", Severity.Medium, RuleCategory.Rbac)
    {
        Description = "A pod spec whose serviceAccountName (or deprecated serviceAccount) names a ServiceAccount that is not among the scanned manifests, while the scan does define ServiceAccounts, is usually a typo or a rename: the pods are rejected at creation (no such service account) and the workload never starts. The rule stays silent when the scan defines no ServiceAccount at all, since they are then managed elsewhere, and for 'default'.",
        Fix = "Fix the name, or add the ServiceAccount manifest.",
        Equivalents = new[] { "kube-linter:non-existent-service-account" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        var accounts = objects.OfKind("ServiceAccount");
        if (accounts.Count == 0)
        {
            return;
        }

        foreach (var workload in objects.Workloads)
        {
            var use = ServiceAccountUse.Of(workload.PodSpec!);
            if (use.IsDefault || use.IsTemplated || use.Node is null || objects.Find("ServiceAccount", use.Name, workload) is not null)
            {
                continue;
            }

            sink.ReportOn(Rule, workload, use.Node.Region, workload.PodSpec!.Path.Substring(workload.PathPrefix.Length) + "." + use.Field,
                workload.Describe() + " runs as ServiceAccount '" + use.Name + "', which none of the scanned manifests defines, so its pods are rejected if it does not exist: fix the name or add the ServiceAccount.");
        }
    }
}
