using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7013DuplicateStageName : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7013", "DuplicateStageName", "Duplicate stage name", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "Two FROM lines use the same AS name (names compare case-insensitively). BuildKit rejects the file ('duplicate stage name'), and older builders silently let COPY --from pick one of them.",
        Fix = "Give every stage a unique name.",
        Equivalents = new[] { "hadolint:DL3024", "trivy:DS-0012", "checkov:CKV_DOCKER_11" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        var seen = new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in dockerfile.Stages)
        {
            if (stage.Alias is not { } alias || stage.AliasRegion is not { } region)
            {
                continue;
            }

            if (seen.TryGetValue(alias, out var first))
            {
                sink.Report(Rule, region, stage.From.LogicalPath,
                    "Stage name '" + QuotedText.Value(alias) + "' on line " + DockerfileFacts.Line(stage.From.StartLine) + " is already used by the stage on line " + DockerfileFacts.Line(first.From.StartLine) + ": give each stage a unique name.");
            }
            else
            {
                seen.Add(alias, stage);
            }
        }
    }
}
