using System.Globalization;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;

namespace KubeSec.Dockerfiles;

/// <summary>Reports the parser's findings (KS0008 unless named): one sentence that says what is wrong and how to fix it.</summary>
internal sealed class SyntaxErrors
{
    /// <summary>
    /// Past this many, a file is not a Dockerfile with mistakes but something else (a data or
    /// credentials file named like one): one more finding says so, and the rest would only flood the log.
    /// </summary>
    public const int MaxReported = 100;

    private readonly FindingSink _sink;
    private int _count;

    public SyntaxErrors(FindingSink sink) => _sink = sink;

    public FindingSink Sink => _sink;

    public void Report(SourceRegion region, string message) => Report(KS0008DockerfileSyntaxError.Rule, region, message);

    /// <summary>An engine finding other than KS0008 (nesting too deep, expansion too large) from the parser.</summary>
    public void Report(RuleDescriptor rule, SourceRegion region, string message)
    {
        _count++;
        if (_count <= MaxReported)
        {
            _sink.Report(rule, region, "line " + region.StartLine.ToString(CultureInfo.InvariantCulture), message);
        }
        else if (_count == MaxReported + 1)
        {
            _sink.Report(KS0008DockerfileSyntaxError.Rule, region, "line " + region.StartLine.ToString(CultureInfo.InvariantCulture),
                "The Dockerfile has more than " + MaxReported.ToString(CultureInfo.InvariantCulture) + " syntax problems; the ones from line " + region.StartLine.ToString(CultureInfo.InvariantCulture) + " on are not reported: check that the file is a Dockerfile, fix the ones above, or exclude it from the lint.");
        }
    }

    public static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);
}
