using KubeSec.Model;
using KubeSec.Scanning;

namespace KubeSec.Tests.Rules.ApiVersions;

public class KS5001Tests
{
    private const string Pdb = "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n";

    internal static System.Collections.Generic.IReadOnlyList<Finding> At(string version, string yaml, string ruleId) =>
        new Scanner(new ScanOptions { IncludeOptInRules = true, KubernetesVersion = KubernetesVersion.Parse(version) })
            .ScanManifestText("test.yaml", yaml).Where(f => f.RuleId == ruleId).ToList();

    [Fact]
    public void Fires_at_the_api_version_with_release_and_replacement()
    {
        var finding = Assert.Single(Lint.Manifest(Pdb, "KS5001"));

        Assert.Equal((1, 13, 1, 27), finding.At());
        Assert.Equal("PodDisruptionBudget 'web' uses policy/v1beta1 PodDisruptionBudget, which was removed in Kubernetes 1.25 (target 1.34), so the manifest no longer applies: use policy/v1.", finding.Message);
        Assert.Equal("apiVersion", finding.LogicalPath);
    }

    [Fact]
    public void Judges_against_the_target_release()
    {
        Assert.Single(At("1.25", Pdb, "KS5001"));
        Assert.Empty(At("1.24", Pdb, "KS5001"));
        Assert.Single(At("1.24", Pdb, "KS5002"));
    }

    [Fact]
    public void Any_extensions_v1beta1_kind_is_removed_and_psp_has_no_replacement()
    {
        var netpol = Assert.Single(Lint.Manifest("apiVersion: extensions/v1beta1\nkind: NetworkPolicy\nmetadata:\n  name: app\n", "KS5001"));
        Assert.Contains("removed in Kubernetes 1.16", netpol.Message);
        Assert.Contains("use networking.k8s.io/v1", netpol.Message);

        var other = Assert.Single(Lint.Manifest("apiVersion: extensions/v1beta1\nkind: ReplicationControllerDummy\nmetadata:\n  name: app\n", "KS5001"));
        Assert.Contains("removed in Kubernetes 1.22", other.Message);

        var psp = Assert.Single(Lint.Manifest("apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: p\n", "KS5001"));
        Assert.Contains("Pod Security Admission", psp.Message);
    }

    [Fact]
    public void Passes_current_versions_custom_resources_and_list_items_are_checked_one_by_one()
    {
        Assert.Empty(Lint.Manifest("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n", "KS5001"));
        Assert.Empty(Lint.Manifest("apiVersion: example.com/v1beta1\nkind: CronJob\nmetadata:\n  name: web\n", "KS5001"));

        var list = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: batch/v1beta1\n  kind: CronJob\n  metadata: {name: nightly}\n- apiVersion: batch/v1\n  kind: CronJob\n  metadata: {name: ok}\n";
        var finding = Assert.Single(Lint.Manifest(list, "KS5001"));
        Assert.Equal((4, 15, 4, 28), finding.At());
        Assert.Equal("items[0].apiVersion", finding.LogicalPath);
    }
}
