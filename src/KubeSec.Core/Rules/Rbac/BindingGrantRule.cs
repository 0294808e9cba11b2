using System.Collections.Generic;
using KubeSec.Manifests;

namespace KubeSec.Rules.Rbac;

/// <summary>
/// A binding whose <c>roleRef</c> names a Role or ClusterRole of the scan that grants a dangerous
/// permission. A role the scan does not contain (a built-in, or one from another repository) is not
/// judged: the rule cannot see its rules. Bindings Kubernetes creates itself are skipped.
/// </summary>
public abstract class BindingGrantRule : CrossObjectRule
{
    /// <summary>What the permission lets the subjects do, for the message ("read every Secret").</summary>
    protected abstract string Consequence { get; }

    /// <summary>How to fix it, for the message ("drop get, list and watch on secrets").</summary>
    protected abstract string Remedy { get; }

    /// <summary>The grant in the role, or null when it grants nothing this rule is about.</summary>
    protected abstract (PolicyRuleView Rule, string Resource, string Verb)? FindGrant(KubernetesObject role);

    public sealed override void Check(ObjectIndex objects, FindingSink sink)
    {
        // Many bindings often bind one role: its rules are read once, not once per binding.
        var grants = new Dictionary<KubernetesObject, (PolicyRuleView Rule, string Resource, string Verb)?>(ObjectIndex.ReferenceComparer.Instance);
        foreach (var binding in objects.All)
        {
            if (!RbacPolicy.IsBinding(binding) || RbacPolicy.IsPlatformBinding(binding)
                || RbacPolicy.RoleRef(binding) is not { } roleRef
                || RbacPolicy.ResolveRole(objects, binding) is not { } role
                || Grant(role) is not { } grant)
            {
                continue;
            }

            sink.ReportOn(Descriptor, binding, roleRef.Node.Region, "roleRef.name",
                binding.Describe() + " binds " + role.Describe() + ", whose " + grant.Rule.Path + " allows '" + grant.Verb + "' on '" + grant.Resource + "' and so lets its subjects "
                + Consequence + ": " + Remedy + ".");
        }

        (PolicyRuleView Rule, string Resource, string Verb)? Grant(KubernetesObject role)
        {
            if (!grants.TryGetValue(role, out var grant))
            {
                grants[role] = grant = FindGrant(role);
            }

            return grant;
        }
    }
}
