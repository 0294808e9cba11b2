using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3001WildcardInRules : ManifestRule
{
    public static readonly RuleDescriptor Rule = new("KS3001", "WildcardInRules", "RBAC rule grants '*' verbs or resources", Severity.High, RuleCategory.Rbac)
    {
        Description = "A Role or ClusterRole rule whose verbs or resources contain '*' grants every present and future verb or resource, including secrets, pods/exec, escalate and impersonate, far more than the workload needs.",
        Fix = "List the exact verbs and resources the subject needs instead of '*'.",
        CisItem = "CIS Kubernetes 5.1.3",
        Equivalents = new[] { "kube-linter:wildcard-in-rules" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        foreach (var rule in PolicyRuleView.Of(obj))
        {
            var field = rule.Verbs.Contains("*") ? "verbs" : rule.Resources.Contains("*") ? "resources" : null;
            if (field is null)
            {
                continue;
            }

            sink.Report(Rule, rule.RegionOf(field, "*"), rule.Path + "." + field,
                obj.Describe() + " " + rule.Path + " grants '*' in " + field + ", which includes every present and future " + (field == "verbs" ? "verb" : "resource") + ": list only the " + field + " the subjects need.",
                obj.Reference);
        }
    }
}
