using KubeSec.Model;
using KubeSec.Rules.Engine;
using KubeSec.Triage;

namespace KubeSec.Tests.Reporting;

/// <summary>KS0000 (the linter failed) is never hidden by a level and fails a block gate whatever the fail level.</summary>
public sealed class InternalFailureGateTests
{
    private static readonly Finding Internal = new(KS0000InternalError.Rule.Id, Severity.High, "boom", "/x/a.yaml", SourceRegion.FileStart, "file");
    private static readonly Finding High = new("KS1003", Severity.High, "host pid", "/x/a.yaml", SourceRegion.FileStart, "spec.hostPID");

    [Fact]
    public void Block_mode_makes_ks0000_an_error_even_above_the_fail_level()
    {
        var gate = new GatePolicy(GateMode.Block, Severity.Critical, Severity.Critical);

        Assert.True(gate.IsReported(Internal));
        Assert.Equal(Disposition.Error, gate.Decide(Internal));
        Assert.False(gate.IsReported(High));
    }

    [Theory]
    [InlineData(GateMode.Warn)]
    [InlineData(GateMode.Observe)]
    public void Warn_and_observe_keep_ks0000_a_warning(GateMode mode)
    {
        var gate = new GatePolicy(mode, Severity.Low);

        Assert.Equal(Disposition.Warning, gate.Decide(Internal));
        Assert.True(GatePolicy.IsInternalFailure(Internal));
        Assert.False(GatePolicy.IsInternalFailure(High));
    }
}
