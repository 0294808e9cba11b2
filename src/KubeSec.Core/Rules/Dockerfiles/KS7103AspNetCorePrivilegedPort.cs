using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7103AspNetCorePrivilegedPort : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7103", "AspNetCorePrivilegedPort", "ASP.NET Core configured for a port below 1024 in a non-root image", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "The final stage runs as a non-root user but sets ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or ASPNETCORE_HTTPS_PORTS (ENV, in the stage or a stage it builds on) to a port below 1024, typically 80 or 443. Binding those ports needs root or CAP_NET_BIND_SERVICE unless the runtime lowers net.ipv4.ip_unprivileged_port_start (Docker does, many Kubernetes runtimes do not), so Kestrel fails at start-up with 'Permission denied' in some environments. .NET 8+ images default to 8080 for this reason.",
        Fix = "Listen on 8080 (ASPNETCORE_HTTP_PORTS=8080, the .NET 8+ default) and map port 80 in the Service or load balancer.",
        Equivalents = Array.Empty<string>(),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        if (dockerfile.FinalStage is not { } final || StageUser.Of(dockerfile, final) is not { IsRoot: false } user)
        {
            return;
        }

        for (var stage = (Stage?)final; stage is not null; stage = stage.BaseStage)
        {
            foreach (var env in stage.Instructions)
            {
                if (!env.Is(InstructionKeywords.Env))
                {
                    continue;
                }

                foreach (var (name, value, region) in DockerfileFacts.Variables(dockerfile, env))
                {
                    if (name is "ASPNETCORE_URLS" or "ASPNETCORE_HTTP_PORTS" or "ASPNETCORE_HTTPS_PORTS" && value is not null && LowPort(name, value) is { } port)
                    {
                        sink.Report(Rule, region, env.LogicalPath + "/" + name,
                            "ENV " + name + " on line " + DockerfileFacts.Line(env.StartLine) + " makes Kestrel listen on port " + port.ToString(CultureInfo.InvariantCulture) +
                            ", but the image runs as non-root user '" + QuotedText.Value(user.Name ?? user.Instruction?.Arguments ?? "(image default)") + "', which cannot bind ports below 1024 on many runtimes: listen on 8080 and map the port outside.");
                    }
                }
            }
        }
    }

    private static int? LowPort(string name, string value)
    {
        foreach (var part in value.Split(';', ','))
        {
            var text = part.Trim();
            if (name == "ASPNETCORE_URLS")
            {
                var scheme = text.IndexOf("://", StringComparison.Ordinal);
                var hostStart = scheme < 0 ? 0 : scheme + 3;
                var colon = text.IndexOf(':', hostStart);
                if (colon < 0)
                {
                    // http://+ without a port means 80 (https: 443).
                    if (scheme > 0)
                    {
                        return text.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 443 : 80;
                    }

                    continue;
                }

                var end = colon + 1;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }

                text = text.Substring(colon + 1, end - colon - 1);
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port > 0 && port < 1024)
            {
                return port;
            }
        }

        return null;
    }
}
