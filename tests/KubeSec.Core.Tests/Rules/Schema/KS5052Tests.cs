using System.Collections.Generic;
using KubeSec.Scanning;

namespace KubeSec.Tests.Rules.Schema;

public class KS5052Tests
{
    [Fact]
    public void Fires_on_the_second_definition_in_one_file_at_its_name()
    {
        var yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata: {a: b}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: default\n";
        var finding = Assert.Single(Lint.Manifest(yaml, "KS5052"));

        Assert.Equal((10, 9, 10, 12), finding.At());
        Assert.Equal("ConfigMap 'app' in namespace 'default' is already defined at line 1 of this file, and applying both keeps only the last one: remove one definition or rename it.", finding.Message);
    }

    [Fact]
    public void Other_namespaces_kinds_groups_and_generated_names_pass()
    {
        var yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app, namespace: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: app, namespace: b}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: app, namespace: a}\n" +
            "---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw}\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n" +
            "---\napiVersion: batch/v1\nkind: Job\nmetadata: {generateName: run-}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {generateName: run-}\n";
        Assert.Empty(Lint.Manifest(yaml, "KS5052"));
    }

    [Fact]
    public void Separate_files_are_alternatives_and_pass()
    {
        var doc = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\n";
        var findings = new Scanner(new ScanOptions { IncludeOptInRules = true })
            .ScanManifestTexts(new[] { new KeyValuePair<string, string>("install.yaml", doc), new KeyValuePair<string, string>("namespace-install.yaml", doc) });

        Assert.DoesNotContain(findings.Findings, f => f.RuleId == "KS5052");
    }
}
