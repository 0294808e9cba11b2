using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7029TlsVerificationDisabled : DockerfileRule
{
    private static readonly string[] InsecureVariables =
    {
        "PYTHONHTTPSVERIFY", "NODE_TLS_REJECT_UNAUTHORIZED", "NPM_CONFIG_STRICT_SSL", "GIT_SSL_NO_VERIFY", "PIP_TRUSTED_HOST",
    };

    public static readonly RuleDescriptor Rule = new("KS7029", "TlsVerificationDisabled", "TLS certificate verification disabled", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "The build (or the image, through ENV) turns off TLS certificate verification: curl -k/--insecure, wget --no-check-certificate, pip --trusted-host or PIP_TRUSTED_HOST, PYTHONHTTPSVERIFY=0, NODE_TLS_REJECT_UNAUTHORIZED=0, NPM_CONFIG_STRICT_SSL=false, npm/yarn config set strict-ssl false, GIT_SSL_NO_VERIFY or GOINSECURE set to any value (in ENV, ARG, a command's assignments or export), git config http.sslVerify false, or sslverify=false/0 for yum and dnf. Anyone on the network path (a proxy, a compromised Wi-Fi, a hostile CI network) can then swap the downloaded code or packages.",
        Fix = "Keep verification on; if a corporate proxy re-signs TLS, add its CA certificate to the image's trust store (COPY it to /usr/local/share/ca-certificates and run update-ca-certificates) instead.",
        Equivalents = new[]
        {
            "checkov:CKV2_DOCKER_2", "checkov:CKV2_DOCKER_3", "checkov:CKV2_DOCKER_4", "checkov:CKV2_DOCKER_5", "checkov:CKV2_DOCKER_6",
            "checkov:CKV2_DOCKER_12", "checkov:CKV2_DOCKER_13", "checkov:CKV2_DOCKER_14", "checkov:CKV2_DOCKER_15", "checkov:CKV2_DOCKER_16", "checkov:CKV2_DOCKER_18",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction.Is(InstructionKeywords.Env) || instruction.Is(InstructionKeywords.Arg))
            {
                foreach (var (name, value, region) in DockerfileFacts.Variables(dockerfile, instruction))
                {
                    if (DisablesVerification(name, value))
                    {
                        Report(sink, region, instruction.LogicalPath + "/" + name, instruction.StartLine, instruction.Keyword + " " + name + (value is null ? string.Empty : "=" + value));
                    }
                }
            }
        }

        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            var assignments = new List<ShellWord>(command.Command.Assignments);
            if (command.Program == "export")
            {
                assignments.AddRange(command.Arguments);
            }

            foreach (var assignment in assignments)
            {
                var equals = assignment.Value.IndexOf('=');
                if (equals > 0 && DisablesVerification(assignment.Value.Substring(0, equals), assignment.Value.Substring(equals + 1)))
                {
                    Report(sink, assignment.Region, command.Path("env"), assignment.Region.StartLine, assignment.Value);
                }
            }

            if (Insecure(command) is { } word)
            {
                Report(sink, word.Region, command.Path(command.Program), word.Region.StartLine, command.Program + " " + word.Value);
            }
        }
    }

    private static void Report(FindingSink sink, SourceRegion region, string path, int line, string what) =>
        sink.Report(Rule, region, path,
            "'" + QuotedText.Value(what) + "' on line " + DockerfileFacts.Line(line) + " turns off TLS certificate verification, so anyone on the network path can replace what is downloaded: keep verification on and add your proxy's CA certificate to the trust store instead.");

    private static bool DisablesVerification(string name, string? value)
    {
        var upper = name.ToUpperInvariant();
        var v = (value ?? string.Empty).Trim().ToLowerInvariant();
        return upper switch
        {
            "PYTHONHTTPSVERIFY" or "NODE_TLS_REJECT_UNAUTHORIZED" => v == "0",
            "NPM_CONFIG_STRICT_SSL" => v is "false" or "0",
            // git and go read these as "set to anything": GIT_SSL_NO_VERIFY=0 still turns verification off.
            "GIT_SSL_NO_VERIFY" or "GOINSECURE" => v.Length > 0,
            "PIP_TRUSTED_HOST" => value is not null && v.Length > 0,
            _ => false,
        };
    }

    private static ShellWord? Insecure(RunCommand command)
    {
        switch (command.Program)
        {
            case "curl":
                return command.Find("--insecure") ?? command.FindShort('k', "oHdueXAwTFbcCEKmrxyYzQDEPt");
            case "wget":
                return command.Find("--no-check-certificate");
            case "npm":
            case "yarn":
            case "pnpm":
                return ConfigSet(command, "strict-ssl", "false");
            case "git":
                return ConfigSet(command, "http.sslverify", "false");
            case "yum":
            case "dnf":
            case "microdnf":
            case "tdnf":
            case "yum-config-manager":
            case "dnf-config-manager":
                foreach (var word in command.Arguments)
                {
                    if (word.Value.ToLowerInvariant().Replace(" ", string.Empty) is var w &&
                        (w.EndsWith("sslverify=false", StringComparison.Ordinal) || w.EndsWith("sslverify=0", StringComparison.Ordinal) || w.EndsWith("sslverify=no", StringComparison.Ordinal)))
                    {
                        return word;
                    }
                }

                return null;
            case "echo":
            case "printf":
                foreach (var word in command.Arguments)
                {
                    var w = word.Value.ToLowerInvariant().Replace(" ", string.Empty);
                    if (w.IndexOf("sslverify=false", StringComparison.Ordinal) >= 0 || w.IndexOf("sslverify=0", StringComparison.Ordinal) >= 0 || w.IndexOf("strict-ssl=false", StringComparison.Ordinal) >= 0)
                    {
                        return word;
                    }
                }

                return null;
            default:
                return KS7026PipWithoutNoCacheDir.PipInstall(command) is not null ? command.Find("--trusted-host") : null;
        }
    }

    /// <summary><c>npm config set strict-ssl false</c>, <c>git config --global http.sslVerify false</c>.</summary>
    private static ShellWord? ConfigSet(RunCommand command, string key, string value)
    {
        ShellWord? keyWord = null;
        foreach (var word in command.Arguments)
        {
            if (keyWord is not null)
            {
                return string.Equals(word.Value, value, StringComparison.OrdinalIgnoreCase) ? keyWord : null;
            }

            if (string.Equals(word.Value, key, StringComparison.OrdinalIgnoreCase))
            {
                keyWord = word;
            }
            else if (string.Equals(word.Value, key + "=" + value, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        return null;
    }
}
