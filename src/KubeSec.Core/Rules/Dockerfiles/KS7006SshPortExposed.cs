using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7006SshPortExposed : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7006", "SshPortExposed", "Port 22 (SSH) exposed", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "EXPOSE lists port 22 (tcp or udp, or a range that includes it), the SSH port: a container running an SSH server is a second, password- or key-protected way in that bypasses the orchestrator's exec, audit and RBAC, and keys baked into the image leak with it.",
        Fix = "Remove port 22 from EXPOSE and the SSH server from the image; use docker exec or kubectl exec to get a shell.",
        Equivalents = new[] { "trivy:DS-0004", "checkov:CKV_DOCKER_1" },
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
                if (ExposedPort.TryRead(word.Value, out var low, out var high) && low <= 22 && 22 <= high)
                {
                    sink.Report(Rule, expose.RegionOf(word), expose.LogicalPath + "/" + word.Value,
                        "EXPOSE on line " + DockerfileFacts.Line(expose.StartLine) + " exposes '" + QuotedText.Value(word.Value) + "', the SSH port, which means an SSH server in the container: remove it and use docker exec or kubectl exec for shell access.");
                }
            }
        }
    }
}
