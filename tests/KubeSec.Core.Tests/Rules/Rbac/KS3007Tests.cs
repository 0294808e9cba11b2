namespace KubeSec.Tests.Rules.Rbac;

public class KS3007Tests
{
    [Fact]
    public void Fires_on_a_role_binding_to_an_exec_role()
    {
        var yaml = Rbac.Docs(Rbac.Role("shell", "pods/exec", "create"), Rbac.Binding("b", "Role", "shell"));

        var finding = Assert.Single(Lint.Manifest(yaml, "KS3007"));

        Assert.Equal((13, 66, 13, 71), finding.At());
        Assert.Contains("RoleBinding 'b' binds Role 'shell'", finding.Message);
    }

    [Fact]
    public void Fires_on_a_cluster_role_binding_to_a_system_named_exec_role()
    {
        var yaml = Rbac.Docs(Rbac.Role("system:shell", "pods/attach", "get", kind: "ClusterRole"), Rbac.Binding("b", "ClusterRole", "system:shell", kind: "ClusterRoleBinding"));

        Assert.Single(Lint.Manifest(yaml, "KS3007"));
    }

    [Fact]
    public void Passes_missing_roles_wrong_verbs_and_platform_bindings()
    {
        Assert.Empty(Lint.Manifest(Rbac.Binding("b", "ClusterRole", "missing", kind: "ClusterRoleBinding"), "KS3007"));
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("r", "pods/exec", "list"), Rbac.Binding("b", "Role", "r")), "KS3007"));
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("cluster-admin", "pods/exec", "create", kind: "ClusterRole"), Rbac.Binding("cluster-admin", "ClusterRole", "cluster-admin", kind: "ClusterRoleBinding")), "KS3007"));
    }
}
