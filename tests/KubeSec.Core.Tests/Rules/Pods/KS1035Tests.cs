namespace KubeSec.Tests.Rules.Pods;

public class KS1035Tests
{
    private static string Scc(string allow, string apiVersion = "security.openshift.io/v1") =>
        "apiVersion: " + apiVersion + "\nkind: SecurityContextConstraints\nmetadata:\n  name: jenkins\nallowPrivilegedContainer: " + allow + "\nusers: [system:serviceaccount:ci:agent]\n";

    [Fact]
    public void Fires_at_the_value_when_privileged_containers_are_allowed()
    {
        var finding = Assert.Single(Lint.Manifest(Scc("true"), "KS1035"));

        Assert.Equal((5, 27, 5, 31), finding.At());
        Assert.Equal("allowPrivilegedContainer", finding.LogicalPath);
        Assert.StartsWith("SecurityContextConstraints 'jenkins' sets allowPrivilegedContainer: true", finding.Message);
    }

    [Fact]
    public void Passes_when_false_and_for_other_api_groups()
    {
        Assert.Empty(Lint.Manifest(Scc("false"), "KS1035"));
        Assert.Empty(Lint.Manifest(Scc("true", "example.com/v1"), "KS1035"));
    }
}
