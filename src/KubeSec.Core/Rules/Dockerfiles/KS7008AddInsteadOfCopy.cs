using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7008AddInsteadOfCopy : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7008", "AddInsteadOfCopy", "ADD used to copy local files", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "ADD copies local files like COPY but also unpacks any local tar archive it is given and fetches URLs, so a file that happens to be (or later becomes) an archive is silently extracted into the image. An ADD whose sources are all local files or directories that are not archives is reported; ADD of URLs, git repositories, local archives and heredocs is left alone (ADD of URLs is KS7009).",
        Fix = "Replace ADD with COPY.",
        Equivalents = new[] { "hadolint:DL3020", "trivy:DS-0005", "checkov:CKV_DOCKER_4" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var add in dockerfile.Instructions)
        {
            var arguments = CopySources.Arguments(add);
            if (!add.Is(InstructionKeywords.Add) || arguments.Count < 2)
            {
                continue;
            }

            var local = true;
            for (var i = 0; i < arguments.Count - 1; i++)
            {
                var source = arguments[i].Value;
                if (CopySources.IsUrl(source) || CopySources.IsGit(source) || CopySources.IsArchive(source) || CopySources.IsHeredoc(source) || source.IndexOf('$') >= 0)
                {
                    local = false;
                }
            }

            if (local)
            {
                sink.Report(Rule, add.KeywordRegion, add.LogicalPath,
                    "ADD on line " + DockerfileFacts.Line(add.StartLine) + " copies local files, which ADD would also unpack if they were archives: use COPY.");
            }
        }
    }
}
