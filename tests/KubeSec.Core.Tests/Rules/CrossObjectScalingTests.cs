using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using KubeSec.Manifests;
using KubeSec.Rules;
using KubeSec.Rules.Networking;
using KubeSec.Scanning;
using KubeSec.Tests.Fuzzing;
using KubeSec.Text;

namespace KubeSec.Tests.Rules;

/// <summary>
/// The cross-object rules grow linearly with the scan. Not timed (the machine is shared): the work is
/// counted, as bytes the rules allocate and as label sets the selectors are tested against, at n and 4n
/// applications in one namespace. Linear work grows about 4 times, quadratic work 16 times and the
/// cubic KS2014 of old 64 times, so a bound of 6 tells them apart with room for noise.
/// </summary>
[Collection(HeavyTests.Name)]
public class CrossObjectScalingTests
{
    private const int N = 60;
    private const double MaxGrowth = 6.0;

    public static TheoryData<LargeInputs.Selectors, int, bool> Shapes => new()
    {
        { LargeInputs.Selectors.Distinct, 0, false },
        { LargeInputs.Selectors.Distinct, 0, true },
        { LargeInputs.Selectors.Empty, 0, false },
        { LargeInputs.Selectors.MatchAll, 0, false },
        { LargeInputs.Selectors.MatchAll, 0, true },
        { LargeInputs.Selectors.Distinct, 40, false },
    };

    [Theory(Timeout = 120000)]
    [MemberData(nameof(Shapes))]
    public async Task Cross_object_work_grows_linearly_with_the_objects(LargeInputs.Selectors selectors, int extraLabels, bool scaledObjects)
    {
        var (small, large) = await Task.Run(() => (Measure(N, selectors, extraLabels, scaledObjects), Measure(4 * N, selectors, extraLabels, scaledObjects)));

        Assert.True(large.Findings > 0);
        Assert.True(large.Findings <= 4.2 * small.Findings, $"findings {small.Findings} -> {large.Findings}");
        Assert.True(large.Bytes <= MaxGrowth * small.Bytes, $"allocated {small.Bytes} -> {large.Bytes} bytes");
        Assert.True(large.Comparisons <= MaxGrowth * Math.Max(small.Comparisons, 1), $"selector tests {small.Comparisons} -> {large.Comparisons}");
    }

    /// <summary>
    /// 2,000 applications (28,000 objects) in one namespace, every selector matching every pod and each pod with
    /// 20 extra labels: minutes per rule before the label index, bounded here by the runner, not by a clock.
    /// </summary>
    [Fact(Timeout = 180000)]
    public async Task Two_thousand_applications_whose_selectors_all_match_everything_are_scanned()
    {
        var text = LargeInputs.Applications(2000, extraLabels: 20, LargeInputs.Selectors.MatchAll);

        var findings = await Task.Run(() => new Scanner(new ScanOptions { IncludeOptInRules = true }).ScanManifestText("apps.yaml", text));

        Assert.Contains(findings, f => f.RuleId == "KS2014");
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("KS0", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60000)]
    public async Task The_same_findings_come_from_one_pass_in_either_order_of_the_selectors()
    {
        // The distinct-selector grouping must not depend on which object of a group comes first.
        var text = LargeInputs.Applications(30, extraLabels: 2);
        var reversed = string.Join("---\n", Documents(text).AsEnumerable().Reverse());

        var (forward, backward) = await Task.Run(() => (Lint.Manifest(text), Lint.Manifest(reversed)));

        Assert.Equal(Counts(forward), Counts(backward));
    }

    private static (long Bytes, long Comparisons, int Findings) Measure(int n, LargeInputs.Selectors selectors, int extraLabels, bool scaledObjects)
    {
        var text = LargeInputs.Applications(n, extraLabels, selectors, scaledObjects);
        var objects = ManifestLoader.Load(SourceFile.FromBytes("apps.yaml", Encoding.UTF8.GetBytes(text))).Objects;
        var options = new ScanOptions { IncludeOptInRules = true };
        var rules = RuleCatalog.Default.CrossObjectRules;

        // A first pass JITs everything, so the measured pass counts only the rules' own work.
        Run(new ObjectIndex(objects), rules, options);
        var index = new ObjectIndex(objects);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var findings = Run(index, rules, options);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return (bytes, NetworkObjects.PodLabelIndex(index).Comparisons, findings);
    }

    private static int Run(ObjectIndex index, IReadOnlyList<CrossObjectRule> rules, ScanOptions options)
    {
        var sink = new FindingSink(string.Empty, options);
        foreach (var rule in rules)
        {
            rule.Check(index, sink);
        }

        return sink.Findings.Count;
    }

    private static string[] Documents(string text) => text.Split(new[] { "---\n" }, StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, int> Counts(IEnumerable<KubeSec.Model.Finding> findings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            counts[finding.RuleId] = counts.TryGetValue(finding.RuleId, out var count) ? count + 1 : 1;
        }

        return new SortedDictionary<string, int>(counts, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);
    }
}
