namespace KubeSec.Tests.Rules.Rbac;

public class KS3005Tests
{
    [Fact]
    public void Fires_on_a_binding_to_a_role_that_creates_pods()
    {
        var yaml = Rbac.Docs(Rbac.Role("maker", "pods", "create"), Rbac.Binding("b", "Role", "maker"));

        var finding = Assert.Single(Lint.Manifest(yaml, "KS3005"));

        Assert.Equal((13, 66, 13, 71), finding.At());
        Assert.Contains("allows 'create' on 'pods'", finding.Message);
    }

    [Fact]
    public void Fires_for_workload_controllers_in_their_api_group()
    {
        var yaml = Rbac.Docs(Rbac.Role("maker", "deployments", "create, update", groups: "apps"), Rbac.Binding("b", "Role", "maker"));

        Assert.Contains("'deployments'", Assert.Single(Lint.Manifest(yaml, "KS3005")).Message);
    }

    [Fact]
    public void Passes_read_only_roles_and_the_wrong_api_group()
    {
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("r", "pods", "get, list"), Rbac.Binding("b", "Role", "r")), "KS3005"));
        Assert.Empty(Lint.Manifest(Rbac.Docs(Rbac.Role("r", "deployments", "create"), Rbac.Binding("b", "Role", "r")), "KS3005"));
    }
}
