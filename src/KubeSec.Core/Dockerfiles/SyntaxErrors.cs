using System.Globalization;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;

namespace KubeSec.Dockerfiles;

/// <summary>Reports the parser's findings (KS0008 unless named): one sentence that says what is wrong and how to fix it.</summary>
internal sealed class SyntaxErrors
{
    private readonly FindingSink _sink;

    public SyntaxErrors(FindingSink sink) => _sink = sink;

    public FindingSink Sink => _sink;

    public void Report(SourceRegion region, string message) => Report(KS0008DockerfileSyntaxError.Rule, region, message);

    /// <summary>An engine finding other than KS0008 (nesting too deep, expansion too large) from the parser.</summary>
    public void Report(RuleDescriptor rule, SourceRegion region, string message) =>
        _sink.Report(rule, region, "line " + region.StartLine.ToString(CultureInfo.InvariantCulture), message);

    public static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);
}
