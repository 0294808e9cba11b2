namespace KubeSec.Tests.Rules.Rbac;

public class KS3004Tests
{
    [Fact]
    public void Fires_on_a_binding_to_cluster_admin_at_the_role_name()
    {
        var finding = Assert.Single(Lint.Manifest(Rbac.Binding("b", "ClusterRole", "cluster-admin", kind: "ClusterRoleBinding"), "KS3004"));

        Assert.Equal((5, 73, 5, 86), finding.At());
        Assert.Contains("ClusterRoleBinding 'b' binds the cluster-admin ClusterRole, giving its subjects full control of the whole cluster", finding.Message);
    }

    [Theory]
    [InlineData("\"*\"")]
    [InlineData("get, list, watch, create, update, patch, delete")]
    public void Fires_on_a_binding_to_an_all_wildcard_role_in_the_scan(string verbs)
    {
        var yaml = Rbac.Docs(Rbac.Role("god", "\"*\"", verbs, groups: "\"*\""), Rbac.Binding("b", "Role", "god"));

        var finding = Assert.Single(Lint.Manifest(yaml, "KS3004"));

        Assert.Contains("full control of its namespace", finding.Message);
    }

    [Fact]
    public void Passes_narrower_roles_platform_bindings_and_other_cluster_roles()
    {
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("r", "\"*\"", "\"*\""), Rbac.Binding("b", "Role", "r")), "KS3004"));
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("r", "\"*\"", "get, list", groups: "\"*\""), Rbac.Binding("b", "Role", "r")), "KS3004"));
        Assert.Empty(Lint.Manifest(Rbac.Binding("system:b", "ClusterRole", "cluster-admin", kind: "ClusterRoleBinding"), "KS3004"));
        Assert.Empty(Lint.Manifest(Rbac.Binding("b", "ClusterRole", "admin", kind: "ClusterRoleBinding"), "KS3004"));
    }
}
