namespace KubeSec.Rules;

/// <summary>
/// Which rules run. Additive: each profile runs what the one before runs and more.
/// </summary>
public enum RuleProfile
{
    /// <summary>The rules that are on by default.</summary>
    Default,

    /// <summary>Default, plus every rule of the Pod Security Standards' baseline level.</summary>
    Baseline,

    /// <summary>Baseline, plus every rule of the restricted level.</summary>
    Restricted,

    /// <summary>Every rule, opt-in ones included (<c>--all-rules</c>).</summary>
    All,
}

public static class RuleProfiles
{
    public static bool Selects(this RuleProfile profile, RuleDescriptor rule) => profile switch
    {
        RuleProfile.All => true,
        RuleProfile.Restricted => rule.EnabledByDefault || rule.PodSecurity != PodSecurityLevel.None,
        RuleProfile.Baseline => rule.EnabledByDefault || rule.PodSecurity == PodSecurityLevel.Baseline,
        _ => rule.EnabledByDefault,
    };

    public static bool TryParse(string? text, out RuleProfile profile)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case null: case "": case "DEFAULT": profile = RuleProfile.Default; return true;
            case "BASELINE": profile = RuleProfile.Baseline; return true;
            case "RESTRICTED": profile = RuleProfile.Restricted; return true;
            case "ALL": profile = RuleProfile.All; return true;
            default: profile = RuleProfile.Default; return false;
        }
    }
}
