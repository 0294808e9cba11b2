using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7007ExposedPortOutOfRange : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7007", "ExposedPortOutOfRange", "EXPOSE port out of range", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "EXPOSE lists a port number above 65535 (or a range ending above it). TCP and UDP ports are 16-bit, so the port can never be published: the instruction is a typo, usually a digit too many. Ports written with variables are not checked.",
        Fix = "Write the port the application listens on, between 1 and 65535.",
        Equivalents = new[] { "hadolint:DL3011", "trivy:DS-0008" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var expose in dockerfile.Instructions)
        {
            if (!expose.Is(InstructionKeywords.Expose))
            {
                continue;
            }

            foreach (var word in expose.Words)
            {
                if (ExposedPort.TryRead(word.Value, out var low, out var high) && (low > 65535 || high > 65535))
                {
                    sink.Report(Rule, expose.RegionOf(word), expose.LogicalPath + "/" + word.Value,
                        "EXPOSE on line " + DockerfileFacts.Line(expose.StartLine) + " lists port '" + QuotedText.Value(word.Value) + "', above the highest port 65535: write the port the application really listens on.");
                }
            }
        }
    }
}
