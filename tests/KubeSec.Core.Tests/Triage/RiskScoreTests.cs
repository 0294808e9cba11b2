using KubeSec.Model;
using KubeSec.Triage;

namespace KubeSec.Tests.Triage;

public class RiskScoreTests
{
    private static Finding On(string rule, Severity severity, string obj, string container = "c", string file = "a.yaml") =>
        new(rule, severity, "m", file, SourceRegion.FileStart, rule + container, new ObjectReference("Deployment", "ns", obj), container);

    [Fact]
    public void Sums_severity_weights_of_distinct_rules_per_object_highest_first()
    {
        var risks = RiskScore.Compute(new[]
        {
            On("KS1001", Severity.Critical, "api", "a"),
            On("KS1001", Severity.Critical, "api", "b"),
            On("KS1002", Severity.High, "api"),
            On("KS1006", Severity.Medium, "worker"),
            On("KS1007", Severity.Low, "worker"),
            new Finding("KS0001", Severity.High, "m", "a.yaml", SourceRegion.FileStart, "line 1"),
        });

        Assert.Equal(new[] { ("Deployment/ns/api", 17), ("Deployment/ns/worker", 5) }, risks.Select(r => (r.Object.ToString(), r.Score)));
        Assert.Equal(new[] { "KS1001", "KS1002" }, risks[0].RuleIds);
    }

    [Fact]
    public void The_same_object_name_in_two_files_is_two_objects()
    {
        var risks = RiskScore.Compute(new[] { On("KS1001", Severity.Critical, "api", file: "a.yaml"), On("KS1001", Severity.Critical, "api", file: "b.yaml") });

        Assert.Equal(2, risks.Count);
    }
}
