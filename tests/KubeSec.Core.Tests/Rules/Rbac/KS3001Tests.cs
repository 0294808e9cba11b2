namespace KubeSec.Tests.Rules.Rbac;

public class KS3001Tests
{
    [Fact]
    public void Fires_on_a_wildcard_verb_at_the_star()
    {
        var finding = Assert.Single(Lint.Manifest(Rbac.Role("r", "\"secrets\"", "\"*\""), "KS3001"));

        Assert.Equal((7, 11, 7, 14), finding.At());
        Assert.Equal("rules[0].verbs", finding.LogicalPath);
        Assert.Contains("Role 'r' rules[0] grants '*' in verbs", finding.Message);
    }

    [Fact]
    public void Fires_on_a_wildcard_resource_in_a_cluster_role()
    {
        var finding = Assert.Single(Lint.Manifest(Rbac.Role("r", "\"pods\", \"*\"", "get", kind: "ClusterRole"), "KS3001"));

        Assert.Equal((6, 23, 6, 26), finding.At());
        Assert.Contains("in resources", finding.Message);
    }

    [Fact]
    public void Passes_explicit_rules_and_a_wildcard_api_group_alone()
    {
        Assert.Empty(Lint.Manifest(Rbac.Role("r", "pods", "get, list", groups: "\"*\""), "KS3001"));
        Assert.Empty(Lint.Manifest(Rbac.Head + "kind: Role\nmetadata: {name: r}\nrules: \"*\"\n", "KS3001"));
    }
}
