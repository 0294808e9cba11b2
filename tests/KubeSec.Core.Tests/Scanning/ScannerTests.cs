using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Scanning;

namespace KubeSec.Tests.Scanning;

public class ScannerTests
{
    private const string PodA = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: c}]\n";
    private const string ServiceB = "apiVersion: v1\nkind: Service\nmetadata: {name: b, namespace: default}\nspec: {}\n";

    private sealed class RestrictedOptInRule : ManifestRule
    {
        public static readonly RuleDescriptor Rule = new("KS9001", "RestrictedOptIn", "test", Severity.Low, RuleCategory.PodSecurity)
        {
            EnabledByDefault = false,
            PodSecurity = PodSecurityLevel.Restricted,
        };

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(KubernetesObject obj, FindingSink sink) =>
            sink.Report(Rule, obj.Root.HeadRegion, "x", "seen " + obj.Name + " for " + sink.Options.KubernetesVersion, obj.Reference);
    }

    private sealed class CountingCrossObjectRule : CrossObjectRule
    {
        public static readonly RuleDescriptor Rule = new("KS9002", "CountingCrossObject", "test", Severity.Info, RuleCategory.Reliability);

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(ObjectIndex objects, FindingSink sink)
        {
            var pod = objects.OfKind("Pod")[0];
            var service = objects.Find("Service", "b", pod);
            sink.ReportOn(Rule, pod, pod.Root.HeadRegion, "spec", objects.All.Count + " objects; service in the same namespace: " + (service is not null));
        }
    }

    private static readonly RuleCatalog Catalog = new(new Rule[] { new RestrictedOptInRule(), new CountingCrossObjectRule() });

    private static IReadOnlyList<Finding> Scan(ScanOptions options) =>
        new Scanner(options, Catalog).ScanManifestTexts(new[]
        {
            new KeyValuePair<string, string>("pods.yaml", PodA),
            new KeyValuePair<string, string>("services.yaml", ServiceB),
        }).Findings;

    [Theory]
    [InlineData(RuleProfile.Default, false)]
    [InlineData(RuleProfile.Baseline, false)]
    [InlineData(RuleProfile.Restricted, true)]
    [InlineData(RuleProfile.All, true)]
    public void Profiles_add_pod_security_levels_to_the_default_rules(RuleProfile profile, bool runs)
    {
        var findings = Scan(new ScanOptions { Profile = profile });

        Assert.Equal(runs, findings.Any(f => f.RuleId == "KS9001"));
    }

    [Fact]
    public void Rules_see_the_target_kubernetes_version()
    {
        var finding = Scan(new ScanOptions { IncludeOptInRules = true, KubernetesVersion = new KubernetesVersion(1, 29) }).First(f => f.RuleId == "KS9001");

        Assert.EndsWith("for 1.29", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_object_rules_see_every_file_and_report_in_the_object_file()
    {
        var finding = Assert.Single(Scan(ScanOptions.Default), f => f.RuleId == "KS9002");

        Assert.Equal("pods.yaml", finding.FilePath);
        Assert.Equal("Pod/a", finding.Object!.ToString());
        Assert.Equal("2 objects; service in the same namespace: True", finding.Message);
    }

    [Fact]
    public void The_options_signature_changes_with_what_changes_results()
    {
        var baseline = ScanOptions.Default.Signature;

        Assert.NotEqual(baseline, new ScanOptions { Profile = RuleProfile.Restricted }.Signature);
        Assert.NotEqual(baseline, new ScanOptions { IncludeOptInRules = true }.Signature);
        Assert.NotEqual(baseline, new ScanOptions { KubernetesVersion = new KubernetesVersion(1, 22) }.Signature);
        Assert.Equal(baseline, new ScanOptions { Parallelism = 1 }.Signature);
    }
}
