using KubeSec.Model;
using KubeSec.Triage;

namespace KubeSec.Tests.Triage;

public class GatePolicyTests
{
    private static Finding At(Severity severity) => new("KS1001", severity, "m", "f.yaml", SourceRegion.FileStart, "p");

    [Theory]
    [InlineData(GateMode.Observe, Severity.Critical, Disposition.Message)]
    [InlineData(GateMode.Warn, Severity.Critical, Disposition.Warning)]
    [InlineData(GateMode.Block, Severity.High, Disposition.Error)]
    [InlineData(GateMode.Block, Severity.Critical, Disposition.Error)]
    [InlineData(GateMode.Block, Severity.Medium, Disposition.Warning)]
    public void Decides_by_mode_and_fail_level(GateMode mode, Severity severity, Disposition expected) =>
        Assert.Equal(expected, new GatePolicy(mode, Severity.High).Decide(At(severity)));

    [Fact]
    public void The_minimum_level_drops_lower_findings()
    {
        var gate = new GatePolicy(GateMode.Warn, Severity.High, Severity.Medium);

        Assert.False(gate.IsReported(At(Severity.Low)));
        Assert.True(gate.IsReported(At(Severity.Medium)));
    }

    [Theory]
    [InlineData("block", GateMode.Block, true)]
    [InlineData(" Observe ", GateMode.Observe, true)]
    [InlineData("", GateMode.Warn, true)]
    [InlineData("strict", GateMode.Warn, false)]
    public void Parses_modes(string text, GateMode expected, bool valid)
    {
        Assert.Equal(valid, GatePolicy.TryParseMode(text, out var mode));
        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("moderate", Severity.Medium, true)]
    [InlineData("CRITICAL", Severity.Critical, true)]
    [InlineData("severe", Severity.Info, false)]
    public void Parses_severities(string text, Severity expected, bool valid)
    {
        Assert.Equal(valid, SeverityText.TryParse(text, out var severity));
        Assert.Equal(expected, severity);
    }
}
