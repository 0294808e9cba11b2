namespace KubeSec.Tests.Rules.Rbac;

public class KS3003Tests
{
    [Fact]
    public void Fires_on_create_pods_exec_at_the_resource()
    {
        var finding = Assert.Single(Lint.Manifest(Rbac.Role("r", "pods/exec", "create"), "KS3003"));

        Assert.Equal((6, 15, 6, 24), finding.At());
        Assert.Contains("allows 'create' on 'pods/exec'", finding.Message);
    }

    [Fact]
    public void Fires_through_wildcards_at_the_wildcard_resource()
    {
        var finding = Assert.Single(Lint.Manifest(Rbac.Role("r", "\"*\"", "get", groups: "\"*\"", kind: "ClusterRole"), "KS3003"));

        Assert.Equal((6, 15, 6, 18), finding.At());
        Assert.Single(Lint.Manifest(Rbac.Role("r", "pods/attach", "\"*\""), "KS3003"));
        Assert.Single(Lint.Manifest(Rbac.Role("r", "pods/*", "get"), "KS3003"));
    }

    [Fact]
    public void Passes_other_verbs_other_groups_and_platform_roles()
    {
        Assert.Empty(Lint.Manifest(Rbac.Role("r", "pods/exec, pods/attach", "list, watch"), "KS3003"));
        Assert.Empty(Lint.Manifest(Rbac.Role("r", "pods/exec", "create", groups: "apps"), "KS3003"));
        Assert.Empty(Lint.Manifest(Rbac.Role("system:r", "pods/exec", "create"), "KS3003"));
        Assert.Empty(Lint.Manifest(Rbac.Role("admin", "pods/exec", "create", kind: "ClusterRole"), "KS3003"));
    }
}
