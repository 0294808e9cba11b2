namespace KubeSec.Tests.Rules.Pods;

public class KS1011Tests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    [Fact]
    public void Fires_on_sys_admin_net_admin_and_all_in_any_case()
    {
        var findings = Lint.Manifest(Pod + "  - name: c\n    securityContext:\n      capabilities:\n        add:\n        - nEt_aDmIn\n        - CAP_SYS_ADMIN\n        - all\n        - CHOWN\n", "KS1011");

        Assert.Equal(3, findings.Count);
        Assert.Equal((11, 11, 11, 20), findings[0].At());
        Assert.Contains("adds the dangerous capability nEt_aDmIn", findings[0].Message);
        Assert.Equal("spec.containers[c].securityContext.capabilities.add[SYS_ADMIN]", findings[1].LogicalPath);
    }

    [Fact]
    public void Fires_in_init_containers_of_workloads()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: i\n        securityContext: {capabilities: {add: [SYS_ADMIN]}}\n";

        Assert.Equal("i", Assert.Single(Lint.Manifest(yaml, "KS1011")).Container);
    }

    [Fact]
    public void Passes_other_added_and_dropped_capabilities()
    {
        Assert.Empty(Lint.Manifest(Pod + "  - name: c\n    securityContext: {capabilities: {add: [NET_BIND_SERVICE, SYS_PTRACE], drop: [SYS_ADMIN, ALL]}}\n", "KS1011"));
    }
}
