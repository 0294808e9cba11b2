using System.Globalization;
using System.Text;
using KubeSec.Text;

namespace KubeSec.Reporting;

/// <summary>
/// Escapes a value that came from the input (a message naming an object, a file path, a container
/// name) for the medium it is printed to, one function per medium. Every value from a manifest, a
/// Dockerfile or a file name is hostile until escaped: a line break in it would start a new log
/// line, and a new line can be a GitHub Actions workflow command (<c>::error ...</c>), a fake
/// compiler diagnostic (<c>x(1,1): error CS0001: ...</c>) or an ANSI escape that rewrites the terminal.
/// Escaping happens at the rendering boundary (the reporters and front ends), never in the rules, so
/// the findings themselves, the SARIF file and the cache keep the exact text.
/// </summary>
public static class LogText
{
    /// <summary>
    /// For an MSBuild log message or file name (console, binary and file loggers, CI logs, IDE error
    /// lists). The same escaping as the terminal: MSBuild prints messages as they are.
    /// </summary>
    public static string ForMsBuild(string? value) => ForTerminal(value);

    /// <summary>
    /// For a line of text printed to a terminal or a CI log (the tool's text report and its errors):
    /// no control character (line breaks, ESC, C1 controls), no Unicode line separator or bidirectional
    /// override survives, no Azure Pipelines command (<c>##vso[</c>, live anywhere in a line; <c>##[</c>),
    /// no leading <c>::</c> (a GitHub Actions command when a value starts a line), and no <c>(1,2): </c>
    /// location syntax that a problem matcher would read as a diagnostic of another file.
    /// Each escaped character is shown as <c>\uXXXX</c> (<c>\n</c>, <c>\r</c>, <c>\t</c> for the common ones).
    /// </summary>
    public static string ForTerminal(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return string.Empty;
        }

        if (IsPlain(value))
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 16);
        var location = Location.None;
        var leading = true; // only blanks so far: a value may start a line
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = NeedsEscape(c)
                || (leading && c == ':' && i + 1 < value.Length && value[i + 1] == ':') // "::command" at a line start
                || (c == ':' && location == Location.Closed); // "(12,3):" reads as a diagnostic location to problem matchers
            if (c == '#' && i + 1 < value.Length && value[i + 1] == '#' && IsAzureCommandAfter(value, i + 2))
            {
                // "##vso[" and "##[": the second '#' is shown escaped, so the agent sees no command.
                text.Append('#');
                AppendEscaped(text, '#');
                i++;
                location = Location.None;
                leading = false;
                continue;
            }

            if (escape)
            {
                AppendEscaped(text, c);
            }
            else
            {
                text.Append(c);
            }

            location = (location, c) switch
            {
                (_, '(') => Location.Open,
                (Location.Open or Location.Digits, >= '0' and <= '9') => Location.Digits,
                (Location.Digits, ',') => Location.Open,
                (Location.Digits, ')') => Location.Closed,
                _ => Location.None,
            };
            leading &= c is ' ' or '\t';
        }

        return text.ToString();
    }

    /// <summary>
    /// For the message part of a GitHub Actions workflow command (<c>::warning file=...::MESSAGE</c>),
    /// as the runner's toolkit escapes it: <c>%</c>, CR and LF percent-encoded.
    /// </summary>
    public static string ForGitHubCommand(string? value) => PercentEscape(value, property: false);

    /// <summary>
    /// For a property value of a GitHub Actions workflow command (<c>file=VALUE,line=...</c>): also
    /// <c>:</c> and <c>,</c>, which end a property.
    /// </summary>
    public static string ForGitHubCommandProperty(string? value) => PercentEscape(value, property: true);

    /// <summary>
    /// For an Azure Pipelines logging command (<c>##vso[task.logissue type=warning;sourcepath=VALUE]MESSAGE</c>),
    /// as the agent's task library escapes it: <c>%</c> as <c>%AZP25</c>, and <c>;</c>, <c>]</c>, CR, LF percent-encoded.
    /// </summary>
    public static string ForAzureCommand(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '%' => "%AZP25",
                ';' => "%3B",
                ']' => "%5D",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => null,
            } ?? c.ToString());
        }

        return text.ToString();
    }

    private static string PercentEscape(string? value, bool property)
    {
        if (value is null || value.Length == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '%': text.Append("%25"); break;
                case '\r': text.Append("%0D"); break;
                case '\n': text.Append("%0A"); break;
                case ':' when property: text.Append("%3A"); break;
                case ',' when property: text.Append("%2C"); break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }

    /// <summary>The common case, checked without allocating: nothing that could need escaping.</summary>
    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (NeedsEscape(c) || c is ':' or '#')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAzureCommandAfter(string value, int index) =>
        index < value.Length && (value[index] == '[' ||
            (index + 3 < value.Length && string.Compare(value, index, "vso[", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0));

    /// <summary>
    /// What <see cref="QuotedText.NeedsEscape"/> escapes (controls, C1, line separators, bidirectional and
    /// zero-width format characters), but tab, and surrogates: a whole message keeps its pairs (an emoji in a name).
    /// </summary>
    private static bool NeedsEscape(char c) => c != '\t' && !char.IsSurrogate(c) && QuotedText.NeedsEscape(c);

    /// <summary>Where a scan stands in a possible "(line,column):" location.</summary>
    private enum Location
    {
        None,
        Open,
        Digits,
        Closed,
    }

    private static void AppendEscaped(StringBuilder text, char c)
    {
        switch (c)
        {
            case '\n': text.Append("\\n"); break;
            case '\r': text.Append("\\r"); break;
            default: text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
        }
    }
}
