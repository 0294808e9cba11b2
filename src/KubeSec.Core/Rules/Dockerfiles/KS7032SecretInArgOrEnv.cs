using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7032SecretInArgOrEnv : DockerfileRule
{
    private static readonly string[] SecretWords =
    {
        "PASSWORD", "PASSWD", "PWD_", "SECRET", "TOKEN", "API_KEY", "APIKEY", "ACCESS_KEY", "PRIVATE_KEY", "CLIENT_SECRET", "CREDENTIAL", "CONNECTIONSTRING", "CONNECTION_STRING", "AUTH_KEY",
    };

    private static readonly string[] HarmlessSuffixes =
    {
        "_FILE", "_PATH", "_DIR", "_URL", "_URI", "_ENDPOINT", "_NAME", "_HEADER", "_LENGTH", "_TTL", "_EXPIRY", "_EXPIRATION", "_TYPE", "_ID", "_ENABLED",
    };

    public static readonly RuleDescriptor Rule = new("KS7032", "SecretInArgOrEnv", "Secret in ARG or ENV", Severity.Critical, RuleCategory.Dockerfile)
    {
        Description = "An ARG or ENV whose name says it holds a secret (PASSWORD, SECRET, TOKEN, API_KEY, ACCESS_KEY, PRIVATE_KEY, CREDENTIALS, CONNECTION_STRING ...) is given a literal value. ENV values are stored in the image config and ARG values in the build history (docker history shows them), so anyone who can pull the image can read the secret. Names ending in _FILE, _PATH, _URL, _NAME and similar, values that are only a variable reference, empty values true/false and file paths (GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/key.json) are not reported.",
        Fix = "Pass build secrets with RUN --mount=type=secret (docker build --secret) and runtime secrets as environment variables or mounted files at deploy time, never in the Dockerfile.",
        CisItem = "Docker 4.10",
        Equivalents = new[] { "trivy:DS-0031" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var instruction in dockerfile.Instructions)
        {
            foreach (var (name, value, region) in DockerfileFacts.Variables(dockerfile, instruction))
            {
                if (IsSecretName(name) && IsLiteral(value))
                {
                    sink.Report(Rule, region, instruction.LogicalPath + "/" + name,
                        instruction.Keyword + " " + QuotedText.Value(name) + " on line " + DockerfileFacts.Line(instruction.StartLine) + " puts a secret into the image" + (instruction.Is(InstructionKeywords.Arg) ? "'s build history" : "'s configuration") +
                        ", readable by anyone who can pull it: pass it with RUN --mount=type=secret at build time or inject it at run time.");
                }
            }
        }
    }

    internal static bool IsSecretName(string name)
    {
        var upper = name.ToUpperInvariant();
        foreach (var suffix in HarmlessSuffixes)
        {
            if (upper.EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var word in SecretWords)
        {
            if (upper.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLiteral(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var v = value.Trim();
        if (v.Length == 0 || v.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "0" or "1" or "none" or "null" or "changeme" or "\"\"" or "''")
        {
            return false;
        }

        // A path (GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json) says where a secret is, not what it is.
        if (v.StartsWith("/", StringComparison.Ordinal) || v.StartsWith("~/", StringComparison.Ordinal) || v.StartsWith("./", StringComparison.Ordinal) ||
            (v.Length > 2 && char.IsLetter(v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/')))
        {
            return false;
        }

        // Only a reference to another variable (${TOKEN}, $TOKEN) passes the value through, it does not write one.
        return !(v.StartsWith("$", StringComparison.Ordinal) && v.IndexOfAny(new[] { ' ', ':', '@', '/' }) < 0 && v.IndexOf('$', 1) < 0);
    }
}
