using System;
using System.IO;
using KubeSec.Reporting;
using KubeSec.Scanning;
using KubeSec.Triage;
using Microsoft.CodeAnalysis.Sarif;

namespace KubeSec.Tests.Reporting;

/// <summary>One SARIF path for several projects: one run per project, each replaced on rewrite.</summary>
public sealed class SharedSarifTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private ScanResult Scan(string manifest) => new Scanner().ScanManifestTexts(new[] { new System.Collections.Generic.KeyValuePair<string, string>(Path.Combine(_files.Root, "m.yaml"), manifest) });

    private const string Privileged = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: \"c\\n::error::x\\u001b[31m\"\n    image: app:1\n    securityContext: {privileged: true}\n";
    private const string HostPid = "apiVersion: v1\nkind: Pod\nmetadata: {name: q}\nspec:\n  hostPID: true\n  containers: []\n";

    [Fact]
    public void Each_project_keeps_its_own_run_and_a_rewrite_replaces_only_its_own()
    {
        var a = _files.Write("a/a.csproj", "<Project />");
        var b = _files.Write("b/b.csproj", "<Project />");
        var sarif = Path.Combine(_files.Root, "shared", "kubesec.sarif");
        var timeout = TimeSpan.FromSeconds(30);

        SarifReport.WriteShared(Scan(Privileged), GatePolicy.BuildDefault, _files.Root, sarif, a, timeout);
        SarifReport.WriteShared(Scan(HostPid), GatePolicy.BuildDefault, _files.Root, sarif, b, timeout);
        SarifReport.WriteShared(Scan(HostPid), GatePolicy.BuildDefault, _files.Root, sarif, a, timeout);

        var log = SarifLog.Load(sarif);
        Assert.Equal(2, log.Runs.Count);
        Assert.Equal(new[] { a, b }, log.Runs.Select(run => (string)run.GetProperty(SarifReport.ProjectProperty)));
        Assert.Equal(new[] { "kubesec/a/a.csproj/", "kubesec/b/b.csproj/" }, log.Runs.Select(run => run.AutomationDetails.Id));
        Assert.All(log.Runs, run => Assert.Contains(run.Results, r => r.RuleId == "KS1003"));
        Assert.DoesNotContain(log.Runs.SelectMany(run => run.Results), r => r.RuleId == "KS1001");
    }

    [Fact]
    public void The_run_of_a_project_that_no_longer_exists_is_dropped()
    {
        var gone = _files.Write("gone/gone.csproj", "<Project />");
        var kept = _files.Write("kept/kept.csproj", "<Project />");
        var sarif = Path.Combine(_files.Root, "kubesec.sarif");
        SarifReport.WriteShared(Scan(Privileged), GatePolicy.BuildDefault, _files.Root, sarif, gone, TimeSpan.FromSeconds(30));
        File.Delete(gone);

        SarifReport.WriteShared(Scan(HostPid), GatePolicy.BuildDefault, _files.Root, sarif, kept, TimeSpan.FromSeconds(30));

        Assert.Equal(kept, (string)Assert.Single(SarifLog.Load(sarif).Runs).GetProperty(SarifReport.ProjectProperty));
    }

    [Fact]
    public void A_file_that_is_not_such_a_log_is_replaced_and_splitting_is_string_aware()
    {
        var project = _files.Write("p/p.csproj", "<Project />");
        var sarif = _files.Write("kubesec.sarif", "{ not json [ ");

        SarifReport.WriteShared(Scan(HostPid), GatePolicy.BuildDefault, _files.Root, sarif, project, TimeSpan.FromSeconds(30));

        Assert.Single(SarifLog.Load(sarif).Runs);
        var runs = SarifRuns.Split("{\"x\": \"runs\", \"runs\": [{\"a\": \"}]{\"}, {\"b\": [1, {\"c\": 2}]}], \"z\": 1}");
        Assert.Equal(new[] { "{\"a\": \"}]{\"}", "{\"b\": [1, {\"c\": 2}]}" }, runs);
        Assert.Empty(SarifRuns.Split("[1, 2]"));
    }

    [Fact]
    public void Hostile_names_are_json_escaped_in_sarif()
    {
        var path = Path.Combine(_files.Root, "plain.sarif");

        SarifReport.Write(Scan(Privileged), GatePolicy.BuildDefault, _files.Root, path);

        var text = File.ReadAllText(path);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain("c\n::error", text, StringComparison.Ordinal);
        var result = SarifLog.Load(path).Runs.Single().Results.First(r => r.RuleId == "KS1001");
        Assert.Contains("'c\n::error::x\u001b[31m'", result.Message.Text, StringComparison.Ordinal);
    }
}
