namespace KubeSec.Model;

/// <summary>How bad a finding is. Ordered: a higher value is worse.</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

public static class SeverityText
{
    public static string ToText(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => "info",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "INFO": severity = Severity.Info; return true;
            case "LOW": severity = Severity.Low; return true;
            case "MEDIUM": case "MODERATE": severity = Severity.Medium; return true;
            case "HIGH": severity = Severity.High; return true;
            case "CRITICAL": severity = Severity.Critical; return true;
            default: severity = Severity.Info; return false;
        }
    }

    /// <summary>The GitHub code-scanning score for a severity (a string in SARIF).</summary>
    public static string SecurityScore(this Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "1.0",
    };
}
