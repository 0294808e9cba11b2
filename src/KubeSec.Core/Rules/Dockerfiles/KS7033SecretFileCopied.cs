using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7033SecretFileCopied : DockerfileRule
{
    private static readonly string[] SecretFileNames =
    {
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc", ".pypirc", ".netrc", ".git-credentials", ".env", ".dockercfg", ".htpasswd", "credentials", "credentials.json", "secrets.json", "service-account.json",
    };

    private static readonly string[] SecretSuffixes = { ".key", ".p12", ".pfx", ".jks", ".keystore", ".kdbx", ".ppk" };

    public static readonly RuleDescriptor Rule = new("KS7033", "SecretFileCopied", "Secret file copied into the image", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "COPY or ADD names a file that holds credentials by its name: SSH private keys (id_rsa, id_ed25519 ...), private keys and keystores (*.key, key-named *.pem, *.p12, *.pfx, *.jks), .npmrc, .pypirc, .netrc, .git-credentials, .env, .dockercfg, credentials(.json). The file is stored in a layer and stays there even if a later RUN deletes it, readable by anyone who can pull the image. COPY --from another stage is not reported (the file does not come from the context).",
        Fix = "Mount the file only for the RUN that needs it (RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci) and add it to .dockerignore.",
        CisItem = "Docker 4.10",
        Equivalents = new[] { "trivy:DS-0031" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var copy in dockerfile.Instructions)
        {
            var arguments = CopySources.Arguments(copy);
            if (copy.FindFlag("from") is not null)
            {
                continue;
            }

            for (var i = 0; i < arguments.Count - 1; i++)
            {
                var source = arguments[i].Value;
                if (!CopySources.IsUrl(source) && IsSecretFile(DockerfileFacts.BaseName(source.TrimEnd('/'))))
                {
                    sink.Report(Rule, copy.RegionOf(arguments[i]), copy.LogicalPath + "/" + source,
                        copy.Keyword + " on line " + DockerfileFacts.Line(copy.StartLine) + " copies '" + QuotedText.Value(source) + "', a credentials file, into a layer where anyone who pulls the image can read it: mount it with RUN --mount=type=secret for the step that needs it.");
                }
            }
        }
    }

    private static bool IsSecretFile(string name)
    {
        foreach (var secret in SecretFileNames)
        {
            if (string.Equals(name, secret, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A .pem is as often a public certificate (a CA to trust) as a key: only key-named ones count.
        if (name.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) &&
            (name.IndexOf("key", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("private", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return true;
        }

        foreach (var suffix in SecretSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length)
            {
                return true;
            }
        }

        return false;
    }
}
