namespace KubeSec.Tests.Rules.Rbac;

public class KS3006Tests
{
    [Theory]
    [InlineData("escalate")]
    [InlineData("bind")]
    [InlineData("impersonate")]
    public void Fires_at_the_verb(string verb)
    {
        var finding = Assert.Single(Lint.Manifest(Rbac.Role("r", "roles", "get, " + verb, groups: "rbac.authorization.k8s.io"), "KS3006"));

        Assert.Equal((7, 16, 7, 16 + verb.Length), finding.At());
        Assert.Contains("'" + verb + "' verb", finding.Message);
    }

    [Fact]
    public void Passes_ordinary_verbs_wildcards_and_platform_roles()
    {
        Assert.Empty(Lint.Manifest(Rbac.Role("r", "roles", "get, create"), "KS3006"));
        Assert.Empty(Lint.Manifest(Rbac.Role("r", "roles", "\"*\""), "KS3006"));
        Assert.Empty(Lint.Manifest(Rbac.Role("system:r", "users", "impersonate", kind: "ClusterRole"), "KS3006"));
    }
}
