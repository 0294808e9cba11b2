namespace KubeSec.Tests.Rules.Rbac;

/// <summary>Small RBAC manifests for the tests.</summary>
internal static class Rbac
{
    public const string Head = "apiVersion: rbac.authorization.k8s.io/v1\n";

    /// <summary>A Role (7 lines, one rule on lines 5-7) in namespace ns.</summary>
    public static string Role(string name, string resources, string verbs, string groups = "\"\"", string kind = "Role") =>
        Head + "kind: " + kind + "\nmetadata: {name: " + name + ", namespace: ns}\nrules:\n- apiGroups: [" + groups + "]\n  resources: [" + resources + "]\n  verbs: [" + verbs + "]\n";

    /// <summary>A binding (5 lines, roleRef on line 5) in namespace ns.</summary>
    public static string Binding(string name, string roleKind, string roleName, string kind = "RoleBinding") =>
        Head + "kind: " + kind + "\nmetadata: {name: " + name + ", namespace: ns}\nsubjects: [{kind: ServiceAccount, name: sa, namespace: ns}]\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: " + roleKind + ", name: " + roleName + "}\n";

    public static string Docs(params string[] documents) => string.Join("---\n", documents);
}
