using System;
using System.Collections.Generic;
using System.Linq;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Yaml;

namespace KubeSec.Rules.Rbac;

/// <summary>One entry of a Role's or ClusterRole's <c>rules</c>, read leniently (bad shapes read as empty).</summary>
public sealed class PolicyRuleView
{
    private PolicyRuleView(YamlNode node, string path)
    {
        Node = node;
        Path = path;
        ApiGroups = Strings(node["apiGroups"]);
        Resources = Strings(node["resources"]);
        Verbs = Strings(node["verbs"]);
    }

    public YamlNode Node { get; }

    /// <summary>Logical path, e.g. <c>rules[0]</c>.</summary>
    public string Path { get; }

    public IReadOnlyList<string> ApiGroups { get; }
    public IReadOnlyList<string> Resources { get; }
    public IReadOnlyList<string> Verbs { get; }

    /// <summary>The rules of a Role or ClusterRole (empty for any other kind).</summary>
    public static IReadOnlyList<PolicyRuleView> Of(KubernetesObject role)
    {
        if (!RbacPolicy.IsRole(role) || role.Root["rules"] is not { IsSequence: true } rules)
        {
            return Array.Empty<PolicyRuleView>();
        }

        var result = new List<PolicyRuleView>();
        for (var i = 0; i < rules.Items.Count; i++)
        {
            if (rules.Items[i] is { IsMapping: true } node)
            {
                result.Add(new PolicyRuleView(node, role.PathPrefix + "rules[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"));
            }
        }

        return result;
    }

    /// <summary>Whether the rule grants <paramref name="verb"/> on <paramref name="resource"/> of <paramref name="group"/>, wildcards included.</summary>
    public bool Allows(string group, string resource, string verb) =>
        (ApiGroups.Contains("*") || ApiGroups.Contains(group))
        && (Resources.Contains("*") || Resources.Contains(resource) || SubresourceWildcard(resource))
        && (Verbs.Contains("*") || Verbs.Contains(verb));

    /// <summary>The node of the first list item equal to <paramref name="value"/> in <paramref name="field"/>, for the finding's region.</summary>
    public YamlNode? Item(string field, string value) =>
        Node[field] is { IsSequence: true } list ? list.Items.FirstOrDefault(i => i.AsString() == value) : null;

    /// <summary>The best node to point at: the matching item of <paramref name="field"/>, else the rule's first line.</summary>
    public SourceRegion RegionOf(string field, string value) => Item(field, value)?.Region ?? Node.HeadRegion;

    // "pods/*" grants every subresource of pods.
    private bool SubresourceWildcard(string resource) =>
        resource.IndexOf('/') is var slash and > 0 && Resources.Contains(resource.Substring(0, slash) + "/*");

    private static IReadOnlyList<string> Strings(YamlNode? list) =>
        list is { IsSequence: true } ? list.Items.Select(i => i.AsString()).Where(s => s is not null).Select(s => s!).ToArray() : Array.Empty<string>();
}

/// <summary>Roles, bindings and how a binding's <c>roleRef</c> resolves inside a scan.</summary>
public static class RbacPolicy
{
    public static bool IsRole(KubernetesObject obj) => obj.Kind is "Role" or "ClusterRole";

    public static bool IsBinding(KubernetesObject obj) => obj.Kind is "RoleBinding" or "ClusterRoleBinding";

    /// <summary>The <c>roleRef</c> kind and name of a binding, or null when unreadable.</summary>
    public static (string Kind, string Name, YamlNode Node)? RoleRef(KubernetesObject binding)
    {
        var roleRef = binding.Root["roleRef"];
        var kind = roleRef?["kind"]?.AsString();
        var name = roleRef?["name"];
        return roleRef is { IsMapping: true } && kind is not null && name?.AsString() is { } text ? (kind, text, name) : null;
    }

    /// <summary>
    /// The Role or ClusterRole a binding refers to, when the scan has it: a ClusterRole by name
    /// (cluster-scoped), a Role by name in the binding's namespace.
    /// </summary>
    public static KubernetesObject? ResolveRole(ObjectIndex objects, KubernetesObject binding)
    {
        if (RoleRef(binding) is not { } roleRef)
        {
            return null;
        }

        return roleRef.Kind switch
        {
            "ClusterRole" => objects.Named("ClusterRole", roleRef.Name) is { Count: > 0 } roles ? roles[0] : null,
            "Role" => objects.Find("Role", roleRef.Name, binding),
            _ => null,
        };
    }

    /// <summary>
    /// Bindings Kubernetes itself creates (<c>system:</c> names, the built-in <c>cluster-admin</c> binding
    /// and GKE's calico binding), which a user cannot meaningfully change.
    /// </summary>
    public static bool IsPlatformBinding(KubernetesObject binding) =>
        binding.Name.StartsWith("system:", StringComparison.Ordinal)
        || (binding.Kind == "ClusterRoleBinding" && binding.Name == "cluster-admin")
        || binding.Name == "gce:podsecuritypolicy:calico-sa";

    /// <summary>Roles Kubernetes (or GKE) ships: <c>system:</c> names, <c>cluster-admin</c>, <c>admin</c>, <c>edit</c>.</summary>
    public static bool IsPlatformRole(KubernetesObject role) =>
        role.Name.StartsWith("system:", StringComparison.Ordinal)
        || (role.Kind == "ClusterRole" && role.Name is "cluster-admin" or "admin" or "edit")
        || role.Name == "gce:podsecuritypolicy:calico-sa";

    /// <summary>The first rule and verb granting any of the verbs on any of the resources (core group), or null.</summary>
    public static (PolicyRuleView Rule, string Resource, string Verb)? FindGrant(KubernetesObject role, IEnumerable<string> resources, IEnumerable<string> verbs, string group = "")
    {
        foreach (var rule in PolicyRuleView.Of(role))
        {
            foreach (var resource in resources)
            {
                foreach (var verb in verbs)
                {
                    if (rule.Allows(group, resource, verb))
                    {
                        return (rule, resource, verb);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The region to point at for a granting rule: the named resource, else a wildcard resource, else the rule.</summary>
    public static SourceRegion GrantRegion(PolicyRuleView rule, string resource) =>
        rule.Item("resources", resource)?.Region ?? rule.Item("resources", "*")?.Region ?? rule.Node.HeadRegion;
}
