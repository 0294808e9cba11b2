using KubeSec.Model;
using KubeSec.Scanning;

namespace KubeSec.Tests.Rules.Pods;

public class KS1021Tests
{
    [Fact]
    public void Fires_on_a_custom_type_user_and_role_at_the_values()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    seLinuxOptions:\n      type: spc_t\n  containers:\n  - name: c\n    securityContext:\n      seLinuxOptions: {user: system_u, role: sysadm_r, level: \"s0:c1\"}\n";

        var findings = Lint.Manifest(yaml, "KS1021");

        Assert.Equal(3, findings.Count);
        Assert.Equal((7, 13, 7, 18), findings[0].At());
        Assert.Null(findings[0].Container);
        Assert.Equal("spec.containers[c].securityContext.seLinuxOptions.user", findings[1].LogicalPath);
        Assert.Equal("c", findings[2].Container);
    }

    [Fact]
    public void Passes_container_types_and_levels()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    seLinuxOptions: {level: \"s0:c123,c456\"}\n  containers:\n  - name: c\n    securityContext:\n      seLinuxOptions: {type: container_init_t}\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1021"));
    }

    [Fact]
    public void Container_engine_t_is_allowed_from_1_31()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    securityContext:\n      seLinuxOptions: {type: container_engine_t}\n";

        Assert.Empty(Lint.Manifest(yaml, "KS1021"));
        var old = new Scanner(new ScanOptions { IncludeOptInRules = true, KubernetesVersion = new KubernetesVersion(1, 30) }).ScanManifestText("a.yaml", yaml);
        Assert.Single(old, f => f.RuleId == "KS1021");
    }
}
