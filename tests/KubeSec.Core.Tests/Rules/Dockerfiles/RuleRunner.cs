using System.Collections.Generic;
using System.Linq;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Tests.Dockerfiles;

namespace KubeSec.Tests.Rules.Dockerfiles;

/// <summary>Runs one Dockerfile rule over text; parse diagnostics come back too, so tests see both.</summary>
internal static class RuleRunner
{
    public static IReadOnlyList<Finding> Run(DockerfileRule rule, string text)
    {
        var file = DockerfileAssert.Parse(text);
        var sink = new FindingSink(file.Path);
        rule.Check(file, sink);
        return file.Diagnostics.Concat(sink.Findings).ToList();
    }

    public static IReadOnlyList<Finding> Only(this IReadOnlyList<Finding> findings, RuleDescriptor rule) =>
        findings.Where(f => f.RuleId == rule.Id).ToList();
}
