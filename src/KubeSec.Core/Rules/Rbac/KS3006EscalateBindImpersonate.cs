using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3006EscalateBindImpersonate : ManifestRule
{
    private static readonly string[] Verbs = { "escalate", "bind", "impersonate" };

    public static readonly RuleDescriptor Rule = new("KS3006", "EscalateBindImpersonate", "Role grants escalate, bind or impersonate", Severity.High, RuleCategory.Rbac)
    {
        Description = "The escalate and bind verbs let a subject create or bind roles with permissions it does not itself have, and impersonate lets it act as another user, group or service account: each is a direct path to cluster-admin. The rule looks for these verbs named explicitly; '*' is KS3001's finding.",
        Fix = "Remove escalate, bind and impersonate from the role; RBAC administration belongs to cluster administrators.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(KubernetesObject obj, FindingSink sink)
    {
        if (RbacPolicy.IsPlatformRole(obj))
        {
            return;
        }

        foreach (var rule in PolicyRuleView.Of(obj))
        {
            if (Verbs.FirstOrDefault(rule.Verbs.Contains) is not { } verb)
            {
                continue;
            }

            sink.Report(Rule, rule.RegionOf("verbs", verb), rule.Path + ".verbs",
                obj.Describe() + " " + rule.Path + " grants the '" + verb + "' verb, which lets its subjects gain permissions they do not have: remove escalate, bind and impersonate from the role.",
                obj.Reference);
        }
    }
}
