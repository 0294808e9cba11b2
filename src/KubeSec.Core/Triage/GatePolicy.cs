using KubeSec.Model;
using KubeSec.Rules.Engine;

namespace KubeSec.Triage;

/// <summary>What the gate does with findings, in the manner of NuGet Audit.</summary>
public enum GateMode
{
    /// <summary>Findings are informational messages; nothing is a warning or an error.</summary>
    Observe,

    /// <summary>Every finding is a warning. The build's default: adding the package never breaks a build.</summary>
    Warn,

    /// <summary>Findings at or above the fail level are errors, the rest warnings.</summary>
    Block,
}

/// <summary>How one finding is reported.</summary>
public enum Disposition
{
    Message,
    Warning,
    Error,
}

/// <summary>Turns a finding's severity into a message, a warning or an error.</summary>
public sealed class GatePolicy
{
    public GatePolicy(GateMode mode, Severity failLevel, Severity minimumLevel = Severity.Info)
    {
        Mode = mode;
        FailLevel = failLevel;
        MinimumLevel = minimumLevel;
    }

    /// <summary>The build's default: everything is a warning.</summary>
    public static GatePolicy BuildDefault { get; } = new(GateMode.Warn, Severity.High);

    /// <summary>The tool's default: a CI step fails on any finding of low severity or worse.</summary>
    public static GatePolicy ToolDefault { get; } = new(GateMode.Block, Severity.Low);

    public GateMode Mode { get; }

    /// <summary>In <see cref="GateMode.Block"/>, findings at or above this severity are errors.</summary>
    public Severity FailLevel { get; }

    /// <summary>Findings below this severity are not reported at all.</summary>
    public Severity MinimumLevel { get; }

    /// <summary>
    /// KS0000: the linter failed (a file it could not process, an output it could not write). Always
    /// reported; in block mode always an error, whatever the fail level (a gate must not pass on a lint
    /// that did not run); otherwise a warning, even in observe mode, so it is never missed.
    /// </summary>
    public static bool IsInternalFailure(Finding finding) => finding.RuleId == KS0000InternalError.Rule.Id;

    public bool IsReported(Finding finding) => finding.Severity >= MinimumLevel || IsInternalFailure(finding);

    public Disposition Decide(Finding finding) => Mode switch
    {
        _ when IsInternalFailure(finding) => Mode == GateMode.Block ? Disposition.Error : Disposition.Warning,
        GateMode.Observe => Disposition.Message,
        GateMode.Block when finding.Severity >= FailLevel => Disposition.Error,
        _ => Disposition.Warning,
    };

    /// <summary>Reads the MSBuild / command-line spelling of a mode: observe, warn, block.</summary>
    public static bool TryParseMode(string? text, out GateMode mode)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "OBSERVE": mode = GateMode.Observe; return true;
            case "WARN": case "": case null: mode = GateMode.Warn; return true;
            case "BLOCK": mode = GateMode.Block; return true;
            default: mode = GateMode.Warn; return false;
        }
    }

    public string Signature => string.Join(",", Mode.ToString(), FailLevel.ToText(), MinimumLevel.ToText());

    public override string ToString() => Signature;
}
