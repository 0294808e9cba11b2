using System.Globalization;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;

namespace KubeSec.Dockerfiles;

/// <summary>Reports KS0008 findings: one sentence that says what is wrong and how to fix it.</summary>
internal sealed class SyntaxErrors
{
    private readonly FindingSink _sink;

    public SyntaxErrors(FindingSink sink) => _sink = sink;

    public FindingSink Sink => _sink;

    public void Report(SourceRegion region, string message) =>
        _sink.Report(KS0008DockerfileSyntaxError.Rule, region, "line " + region.StartLine.ToString(CultureInfo.InvariantCulture), message);

    public static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);
}
