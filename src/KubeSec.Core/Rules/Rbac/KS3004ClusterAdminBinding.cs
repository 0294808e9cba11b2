using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Rbac;

public sealed class KS3004ClusterAdminBinding : CrossObjectRule
{
    private static readonly string[] AllVerbs = { "get", "list", "watch", "create", "update", "patch", "delete" };

    public static readonly RuleDescriptor Rule = new("KS3004", "ClusterAdminBinding", "Binding grants cluster-admin or an equivalent role", Severity.High, RuleCategory.Rbac)
    {
        Description = "A RoleBinding or ClusterRoleBinding to the cluster-admin ClusterRole, or to a role of the scan whose rule grants every verb on every resource of every API group, gives its subjects full control (of the namespace, or of the whole cluster for a ClusterRoleBinding). Bindings Kubernetes creates itself (system: names, the built-in cluster-admin binding) are skipped.",
        Fix = "Bind a role that lists only the verbs and resources the subjects need.",
        CisItem = "CIS Kubernetes 5.1.1",
        Equivalents = new[]
        {
            "kube-linter:cluster-admin-role-binding", "polaris:clusterrolebindingClusterAdmin", "polaris:rolebindingClusterAdminClusterRole", "polaris:rolebindingClusterAdminRole",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ObjectIndex objects, FindingSink sink)
    {
        // Many bindings often bind one role: its rules are read once, not once per binding.
        var adminRules = new Dictionary<KubernetesObject, PolicyRuleView?>(ObjectIndex.ReferenceComparer.Instance);
        foreach (var binding in objects.All)
        {
            if (!RbacPolicy.IsBinding(binding) || RbacPolicy.IsPlatformBinding(binding) || RbacPolicy.RoleRef(binding) is not { } roleRef)
            {
                continue;
            }

            string? why = null;
            if (roleRef.Kind == "ClusterRole" && roleRef.Name == "cluster-admin")
            {
                why = "the cluster-admin ClusterRole";
            }
            else if (RbacPolicy.ResolveRole(objects, binding) is { } role && AdminRule(role) is { } rule)
            {
                why = role.Describe() + ", whose " + rule.Path + " grants every verb on every resource";
            }

            if (why is null)
            {
                continue;
            }

            var scope = binding.Kind == "ClusterRoleBinding" ? "the whole cluster" : "its namespace";
            sink.ReportOn(Rule, binding, roleRef.Node.Region, "roleRef.name",
                binding.Describe() + " binds " + why + ", giving its subjects full control of " + scope + ": bind a role that lists only the verbs and resources they need.");
        }

        PolicyRuleView? AdminRule(KubernetesObject role)
        {
            if (!adminRules.TryGetValue(role, out var rule))
            {
                adminRules[role] = rule = PolicyRuleView.Of(role).FirstOrDefault(IsAdminRule);
            }

            return rule;
        }
    }

    private static bool IsAdminRule(PolicyRuleView rule) =>
        rule.ApiGroups.Contains("*") && rule.Resources.Contains("*")
        && (rule.Verbs.Contains("*") || AllVerbs.All(rule.Verbs.Contains));
}
