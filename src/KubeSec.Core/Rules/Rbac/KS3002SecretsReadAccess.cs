using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3002SecretsReadAccess : BindingGrantRule
{
    private static readonly string[] Resources = { "secrets" };
    private static readonly string[] Verbs = { "get", "list", "watch" };

    public static readonly RuleDescriptor Rule = new("KS3002", "SecretsReadAccess", "Binding grants read access to Secrets", Severity.High, RuleCategory.Rbac)
    {
        Description = "A RoleBinding or ClusterRoleBinding whose role (in the scan) allows get, list or watch on secrets lets its subjects read every Secret in scope: tokens, passwords and TLS keys. list and watch return the Secrets' contents too.",
        Fix = "Remove get, list and watch on secrets from the bound role, or restrict get to named Secrets with resourceNames in a separate rule.",
        CisItem = "CIS Kubernetes 5.1.2",
        Equivalents = new[] { "kube-linter:access-to-secrets" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override string Consequence => "read Secrets";

    protected override string Remedy => "drop read access to secrets from the role, or limit it to named Secrets with resourceNames";

    protected override (PolicyRuleView Rule, string Resource, string Verb)? FindGrant(KubernetesObject role)
    {
        foreach (var rule in PolicyRuleView.Of(role))
        {
            // A rule limited to named Secrets (resourceNames) is the recommended narrow form.
            if (rule.Node["resourceNames"] is { IsSequence: true } names && names.Items.Count > 0)
            {
                continue;
            }

            foreach (var verb in Verbs)
            {
                if (rule.Allows(string.Empty, Resources[0], verb))
                {
                    return (rule, Resources[0], verb);
                }
            }
        }

        return null;
    }
}
