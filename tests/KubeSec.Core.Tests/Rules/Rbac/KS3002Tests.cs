namespace KubeSec.Tests.Rules.Rbac;

public class KS3002Tests
{
    [Theory]
    [InlineData("get")]
    [InlineData("list")]
    [InlineData("watch")]
    [InlineData("\"*\"")]
    public void Fires_on_the_binding_at_the_role_name(string verb)
    {
        var yaml = Rbac.Docs(Rbac.Role("reader", "secrets", verb), Rbac.Binding("b", "Role", "reader"));

        var finding = Assert.Single(Lint.Manifest(yaml, "KS3002"));

        Assert.Equal((13, 66, 13, 72), finding.At());
        Assert.Equal("RoleBinding", finding.Object!.Kind);
        Assert.Contains("RoleBinding 'b' binds Role 'reader', whose rules[0] allows", finding.Message);
    }

    [Fact]
    public void Passes_write_only_named_secrets_other_resources_and_roles_outside_the_scan()
    {
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("w", "secrets", "create"), Rbac.Binding("b", "Role", "w")), "KS3002"));
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("p", "pods", "get"), Rbac.Binding("b", "Role", "p")), "KS3002"));
        Assert.Empty(Lint.Manifest(Rbac.Binding("b", "ClusterRole", "view"), "KS3002"));
        var named = Rbac.Head + "kind: Role\nmetadata: {name: n, namespace: ns}\nrules:\n- {apiGroups: [\"\"], resources: [secrets], resourceNames: [tls], verbs: [get]}\n";
        Assert.Empty(Lint.Manifest(Rbac.Docs(named, Rbac.Binding("b", "Role", "n")), "KS3002"));
    }

    [Fact]
    public void A_role_in_another_namespace_is_not_the_one_bound()
    {
        var other = Rbac.Role("reader", "secrets", "get").Replace("namespace: ns", "namespace: other");

        Assert.Empty(Lint.Manifest(Rbac.Docs(other, Rbac.Binding("b", "Role", "reader")), "KS3002"));
    }
}
