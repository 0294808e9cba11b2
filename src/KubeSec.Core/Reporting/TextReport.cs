using System.Globalization;
using KubeSec.Model;
using KubeSec.Triage;

namespace KubeSec.Reporting;

/// <summary>
/// The canonical compiler-style line: <c>file(line,col,endLine,endCol): warning KS1001: message</c>.
/// The path and the message come from the input and are escaped for a terminal (<see cref="LogText.ForTerminal"/>),
/// so a file name or a container name can never start a line of its own.
/// </summary>
public static class TextReport
{
    public static string FormatLine(Finding finding, Disposition disposition, string displayPath) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2},{3},{4}): {5} {6}: {7}",
            LogText.ForTerminal(displayPath),
            finding.Region.StartLine,
            finding.Region.StartColumn,
            finding.Region.EndLine,
            finding.Region.EndColumn,
            LevelWord(disposition),
            LogText.ForTerminal(finding.RuleId),
            LogText.ForTerminal(finding.Message));

    public static string LevelWord(Disposition disposition) => disposition switch
    {
        Disposition.Error => "error",
        Disposition.Warning => "warning",
        _ => "info",
    };
}
