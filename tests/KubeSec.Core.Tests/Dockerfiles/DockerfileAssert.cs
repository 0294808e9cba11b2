using System.Collections.Generic;
using System.Linq;
using KubeSec.Dockerfiles;
using KubeSec.Model;

namespace KubeSec.Tests.Dockerfiles;

/// <summary>Parsing from text and comparing regions, shared by the parser and rule tests.</summary>
internal static class DockerfileAssert
{
    public static Dockerfile Parse(string text) => DockerfileParser.Parse("Dockerfile", text);

    /// <summary>Parses text that must have no diagnostics.</summary>
    public static Dockerfile ParseClean(string text)
    {
        var file = Parse(text);
        Assert.True(file.Diagnostics.Count == 0, string.Join("\n", file.Diagnostics.Select(d => d.Region + " " + d.Message)));
        return file;
    }

    public static SourceRegion At(int line, int column, int endLine, int endColumn) => new(line, column, endLine, endColumn);

    public static Finding Single(IReadOnlyList<Finding> findings, string ruleId)
    {
        var matching = findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.True(matching.Count == 1, "expected one " + ruleId + ", got: " + string.Join("\n", findings.Select(f => f.RuleId + " " + f.Region + " " + f.Message)));
        return matching[0];
    }
}
