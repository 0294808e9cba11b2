using System;
using System.Collections.Generic;
using KubeSec.Manifests;
using KubeSec.Model;

namespace KubeSec.Rules.Workloads;

public sealed class KS2010DuplicateEnvVar : ContainerRule
{
    public static readonly RuleDescriptor Rule = new("KS2010", "DuplicateEnvVar", "Container sets the same environment variable twice", Severity.Medium, RuleCategory.Reliability)
    {
        Description = "When a container's env list names a variable twice, Kubernetes keeps only the last entry without a warning (and server-side apply rejects or merges it unpredictably), so the value the application sees is not the one a reader of the first entry expects.",
        Fix = "Remove all but one entry of the variable.",
        Equivalents = new[] { "kube-linter:duplicate-env-var", "kube-score:environment-variable-key-duplication" },
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckContainer(ContainerView container, FindingSink sink)
    {
        if (container.Node["env"] is not { IsSequence: true } env)
        {
            return;
        }

        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in env.Items)
        {
            var nameNode = entry["name"];
            if (nameNode?.AsString() is not { } name)
            {
                continue;
            }

            if (!firstLines.TryGetValue(name, out var firstLine))
            {
                firstLines[name] = nameNode.Region.StartLine;
                continue;
            }

            sink.Report(Rule, nameNode.Region, container.Path + ".env[" + name + "]",
                container.Describe() + " sets env var '" + name + "' again (first on line " + firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + "), and only the last value takes effect: keep one entry.",
                container.Owner.Reference, container.Name);
        }
    }
}
